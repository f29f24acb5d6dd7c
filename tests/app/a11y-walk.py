#!/usr/bin/env python3
# The window as a screen reader meets it: starts the app on each page in turn (the saved
# "last-page"), walks its AT-SPI tree with pyatspi and fails on a control without a spoken
# name, on a name that still carries a mnemonic underscore, on a chart without its summary,
# and when the data table (win.data-table, Ctrl+T) does not expose the chart's numbers; the
# export dialog, the mission list and a broken file's dialog are walked too.
#
# Runs on a display (xvfb-run) and starts its own session bus, on which only the AT-SPI bus can
# be started, and names that accessibility bus to the app; their output goes to /dev/null:
# standard output is the TAP stream alone.
#
# Copyright 2026 The Peacekeeping Charts authors
# SPDX-License-Identifier: GPL-3.0-or-later
import atexit
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time


# Only the accessibility bus can be started on the private session bus: a service the
# machine happens to have installed (xdg-desktop-portal, with flatpak) must not join the test.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=%(dir)s</listen>
  <auth>EXTERNAL</auth>
  <servicedir>%(services)s</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def write_bus_config(folder):
    """The bus's configuration in folder, with the AT-SPI bus launcher's service file only."""
    services = os.path.join(folder, "services")
    os.makedirs(services)
    data_dirs = [os.environ.get("XDG_DATA_HOME", "")]
    data_dirs += os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share").split(":")
    for data_dir in data_dirs:
        service = os.path.join(data_dir, "dbus-1", "services", "org.a11y.Bus.service")
        if data_dir and os.path.exists(service):
            shutil.copy(service, services)
            break
    path = os.path.join(folder, "session.conf")
    with open(path, "w") as config:
        config.write(BUS_CONFIG % {"dir": folder, "services": services})
    return path


def start_session_bus():
    """A private session bus for the app and pyatspi; its address read from a pipe."""
    folder = tempfile.mkdtemp(prefix="pkc-a11y-bus-")
    atexit.register(shutil.rmtree, folder, True)
    read_end, write_end = os.pipe()
    daemon = subprocess.Popen(["dbus-daemon", "--config-file=" + write_bus_config(folder),
                               "--nofork", "--print-address=%d" % write_end],
                              pass_fds=[write_end], stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as addresses:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = addresses.readline().strip()
    return daemon


def use_private_a11y_bus():
    """The accessibility bus of the private session bus, named in AT_SPI_BUS_ADDRESS for
    pyatspi and the app alike: both would otherwise take the one the X display's root window
    names, which another program on the same display may have set (an xdg-desktop-portal-gtk
    started on an auto-launched session bus, seen on a machine with flatpak installed)."""
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    reply = bus.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                          GLib.VariantType.new("(s)"), Gio.DBusCallFlags.NONE, 20000, None)
    os.environ["AT_SPI_BUS_ADDRESS"] = reply.unpack()[0]


def bail_out(error):
    print("Bail out! pyatspi or the AT-SPI bus is missing (%s): install python3-pyatspi and "
          "at-spi2-core, as .ci/setup-debian does" % error)
    SESSION_BUS.terminate()
    sys.exit(1)


SESSION_BUS = start_session_bus()
try:
    from gi.repository import Gio, GLib
except ImportError as error:
    bail_out(error)
try:
    use_private_a11y_bus()
    import pyatspi
except (ImportError, GLib.Error) as error:
    bail_out(error)


APP_ID = "org.peacekeeping.Charts"
PAGES = ["casualties", "strength", "bases", "compare"]

# Roles a user operates: each needs a name a screen reader can speak.
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM,
    pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TEXT,
}
# GTK 4.8 speaks a widget's type name ("GtkMenuButton") when it has no name of its own.
TYPE_NAME = re.compile(r"^(Gtk|Adw|Pkc)[A-Z][A-Za-z]*$")
# A mnemonic underscore left in a name: "_Cumulative total" (a doubled "__" is a real one).
MNEMONIC = re.compile(r"(^|[^_])_[^_\s]")
# The charts' own accessible names (English: the test runs with LANGUAGE=en).
CHART_NAMES = {
    "Peacekeeper casualties over time", "Troop strength against authorised ceilings",
    "Base-closure sequence", "Compare missions",
}

failures = []
test_number = 0


def ok(condition, description, detail=""):
    global test_number
    test_number += 1
    if condition:
        print("ok %d - %s" % (test_number, description))
    else:
        print("not ok %d - %s" % (test_number, description))
        for line in detail.splitlines():
            print("# " + line)
        failures.append(description)
    sys.stdout.flush()


def find_app(process, timeout=30.0):
    end = time.time() + timeout
    while time.time() < end and process.poll() is None:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == process.pid and app.childCount > 0:
                    return app
            except Exception:
                pass
        time.sleep(0.2)
    return None


def desktop_apps():
    """What the registry lists, for a failure's message: each application's name and pid."""
    listed = []
    try:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                listed.append("%r pid %d, %d children" % (app.name, app.get_process_id(),
                                                         app.childCount))
            except Exception as error:
                listed.append("an application that does not answer (%s)" % error)
    except Exception as error:
        listed.append("no registry (%s)" % error)
    return "; ".join(listed) or "none"


def nodes(root):
    """Every accessible under root (depth first), skipping ones that vanish while walked."""
    stack = [root]
    while stack:
        node = stack.pop()
        try:
            count = node.childCount
        except Exception:
            continue
        yield node
        for i in range(count - 1, -1, -1):
            try:
                child = node.getChildAtIndex(i)
            except Exception:
                child = None
            if child is not None:
                stack.append(child)


def path_of(node):
    parts = []
    while node is not None and len(parts) < 8:
        try:
            parts.append("%s %r" % (node.getRoleName(), node.name))
            node = node.parent
        except Exception:
            break
    return " < ".join(parts)


def check_names(app, where):
    unnamed, mnemonic = [], []
    for node in nodes(app):
        try:
            role, name = node.getRole(), node.name or ""
        except Exception:
            continue
        if role not in CONTROL_ROLES:
            continue
        if name.strip() == "" or TYPE_NAME.match(name):
            unnamed.append(path_of(node))
        elif MNEMONIC.search(name):
            mnemonic.append(path_of(node))
    ok(not unnamed, "%s: every control has a spoken name" % where, "\n".join(unnamed))
    ok(not mnemonic, "%s: no name carries a mnemonic underscore" % where, "\n".join(mnemonic))


def chart_summaries(app):
    found = {}
    for node in nodes(app):
        try:
            if node.getRole() == pyatspi.ROLE_IMAGE and node.name in CHART_NAMES:
                found[node.name] = node.description or ""
        except Exception:
            continue
    return found


def poll(probe, done, timeout):
    """Calls probe() until done() holds for its result or the timeout passes: the result."""
    end = time.time() + timeout
    result = probe()
    while not done(result) and time.time() < end:
        time.sleep(0.25)
        result = probe()
    return result


def check_charts(app, where, expected, timeout=30.0):
    """The charts' summaries come with the first layout, after the window maps: waits for
    them (a slow machine takes longer), then reports what it found."""
    found = poll(lambda: chart_summaries(app),
                 lambda found: all(len(found.get(name, "")) > 20 for name in expected),
                 timeout)
    for name in expected:
        ok(name in found and len(found[name]) > 20,
           "%s: the chart “%s” has its summary" % (where, name),
           "found: %r" % found)


def activate(pid, action):
    """Activates a window action the way a menu item or shortcut does, over D-Bus."""
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    path = "/" + APP_ID.replace(".", "/") + "/window/1"
    bus.call_sync(APP_ID, path, "org.gtk.Actions", "Activate",
                  GLib.Variant("(sava{sv})", (action, [], {})), None,
                  Gio.DBusCallFlags.NONE, 5000, None)


def open_file(path):
    """Opens @path in the running app, as the file manager does (GApplication's Open)."""
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    bus.call_sync(APP_ID, "/" + APP_ID.replace(".", "/"), "org.gtk.Application", "Open",
                  GLib.Variant("(assa{sv})", ([Gio.File.new_for_path(path).get_uri()], "", {})),
                  None, Gio.DBusCallFlags.NONE, 5000, None)


def child_count(app):
    try:
        return app.childCount
    except Exception:
        return -1


def wait_new_window(app, before, timeout=30.0):
    """Waits until the app has more top-level windows than @before (a dialog opened)."""
    return poll(lambda: child_count(app), lambda count: count > before, timeout) > before


def first_node(root, accept):
    """The first accessible under root (depth first) for which accept() gives a result."""
    for node in nodes(root):
        try:
            found = accept(node)
        except Exception:
            continue
        if found:
            return found
    return None


def find_dialog(app, timeout=10.0):
    def dialog(node):
        return node if node.getRole() in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT) else None
    return poll(lambda: first_node(app, dialog), lambda found: found is not None, timeout)


def find_table(app, timeout=10.0):
    """A table or list that shows at least three numbers: it, and the texts in it."""
    def table(node):
        if node.getRole() not in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE,
                                  pyatspi.ROLE_LIST_BOX):
            return None
        texts = [n.name or "" for n in nodes(node)]
        return (node, texts) if sum(1 for t in texts if re.search(r"\d", t)) >= 3 else None
    found = poll(lambda: first_node(app, table), lambda found: found is not None, timeout)
    return found if found is not None else (None, [])


def run_page(executable, page):
    with tempfile.TemporaryDirectory() as config:
        settings = os.path.join(config, "glib-2.0", "settings")
        os.makedirs(settings)
        with open(os.path.join(settings, "keyfile"), "w") as keyfile:
            keyfile.write("[org/peacekeeping/Charts]\nlast-page='%s'\n" % page)
        env = dict(os.environ, GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=config,
                   GTK_A11Y="atspi", NO_AT_BRIDGE="0", LANGUAGE="en", LC_ALL="C.UTF-8")
        process = subprocess.Popen([executable], env=env)
        try:
            app = find_app(process)
            ok(app is not None, "%s first: the app appears on the accessibility bus" % page,
               "exit status %r (no display? run under xvfb-run); pid %d; on the bus: %s"
               % (process.poll(), process.pid, desktop_apps()))
            if app is None:
                return
            where = "%s first" % page
            expected = ["Peacekeeper casualties over time",
                        "Troop strength against authorised ceilings", "Base-closure sequence"]
            if page == "compare":
                expected.append("Compare missions")
            check_charts(app, where, expected)
            check_names(app, where)
            if page in ("casualties", "strength"):
                activate(process.pid, "data-table")
                table, texts = find_table(app)
                ok(table is not None, "%s: the data table exposes the chart's numbers" % where,
                   "cells seen: %r" % texts[:20])
                check_names(app, where + ", data table open")
            if page == "strength":
                broken = os.path.join(config, "broken.xml")
                with open(broken, "w") as out:
                    out.write('<?xml version="1.0"?>\n<peacekeeping-dataset format="1">\n'
                              '  <mission acronym="X">\n</peacekeeping-dataset>\n')
                open_file(broken)
                dialog = find_dialog(app)
                ok(dialog is not None, "%s: a broken file's dialog is on the bus" % where)
                check_names(app, where + ", error dialog open")
            elif page == "casualties":
                before = app.childCount
                activate(process.pid, "export")
                ok(wait_new_window(app, before), "%s: the export dialog opens" % where)
                time.sleep(0.5)  # its rows are filled as it maps
                check_names(app, where + ", export dialog open")
            elif page == "bases":
                before = app.childCount
                activate(process.pid, "pick-mission")
                ok(wait_new_window(app, before), "%s: the mission list opens" % where)
                time.sleep(0.5)  # its rows are filled as it maps
                check_names(app, where + ", mission list open")
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def main():
    if len(sys.argv) != 2:
        print("usage: a11y-walk.py PEACEKEEPING-CHARTS-EXECUTABLE", file=sys.stderr)
        return 2
    try:
        for page in PAGES:
            run_page(sys.argv[1], page)
    finally:
        SESSION_BUS.terminate()
        SESSION_BUS.wait(10)
    print("1..%d" % test_number)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

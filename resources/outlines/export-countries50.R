# SPDX-License-Identifier: CC0-1.0
# export-countries50.R — dumps Natural Earth 1:50m admin-0 rings as text (see README.md)
# Needs the Debian packages r-cran-rnaturalearthdata and r-cran-sp.
# Output lines: "R<TAB>ISO3<TAB>name<TAB>hole" then one "lon lat" line per point.
library(sp)
data(countries50, package = "rnaturalearthdata")
d <- countries50@data
args <- commandArgs(trailingOnly = TRUE)
out <- file(if (length(args) > 0) args[1] else "countries50-rings.txt", "w")
for (i in seq_len(nrow(d))) {
  iso <- as.character(d$iso_a3[i])
  if (is.na(iso) || iso == "-99") iso <- as.character(d$adm0_a3[i])
  for (q in countries50@polygons[[i]]@Polygons) {
    cat(sprintf("R\t%s\t%s\t%d\n", iso, as.character(d$name[i]), as.integer(q@hole)), file = out)
    cat(sprintf("%.4f %.4f\n", q@coords[, 1], q@coords[, 2]), sep = "", file = out)
  }
}
close(out)

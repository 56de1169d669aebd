-- Rollups grouped by year are read a year at a time, in area order, and stop after a page of groups: this
-- index gives that order for each level and year without sorting the totals (their value blobs) first.
CREATE INDEX rollup_totals_by_year ON rollup_totals (level, year, area_code);

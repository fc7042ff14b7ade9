"""Two sheets compared in Polars: a full outer join on the party, the cells that differ (or a row on one side only)
written with both values and the difference. Usage: polars_diff.py A B OUT"""
import sys

import polars as pl

schema = {"Part": pl.Utf8, "Beløb": pl.Int64}
a = pl.read_csv(sys.argv[1], schema=schema)
b = pl.read_csv(sys.argv[2], schema=schema)
joined = a.join(b, on="Part", how="full", suffix="_b", coalesce=True)
changed = joined.filter(pl.col("Beløb").is_null() | pl.col("Beløb_b").is_null() | (pl.col("Beløb") != pl.col("Beløb_b")))
changed.select("Part", pl.col("Beløb").alias("a"), pl.col("Beløb_b").alias("b"), (pl.col("Beløb_b") - pl.col("Beløb")).alias("forskel")) \
    .write_csv(sys.argv[3])

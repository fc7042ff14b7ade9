"""Integer-exact largest remainder in Polars: read_csv, quotas as Int64 columns, the leftover units to the largest
remainders (ties: the larger weight, then the lower name, as in Fordeling), write_csv.
Usage: polars_split.py TOTAL_UNITS IN OUT"""
import sys

import polars as pl

total = int(sys.argv[1])
frame = pl.read_csv(sys.argv[2], separator=";", schema={"Part": pl.Utf8, "Vægt": pl.Int64})
weight_sum = frame["Vægt"].sum()
# The benchmark keeps total × weight below 2^63.
frame = frame.with_columns((pl.col("Vægt") * total).alias("product")).with_columns(
    (pl.col("product") // weight_sum).alias("floor"), (pl.col("product") % weight_sum).alias("remainder"))
leftover = total - frame["floor"].sum()
frame = frame.with_row_index("row")
winners = frame.sort(["remainder", "Vægt", "Part"], descending=[True, True, False]).head(leftover)["row"]
frame = frame.with_columns((pl.col("floor") + pl.col("row").is_in(winners.implode()).cast(pl.Int64)).alias("Beløb"))
frame.select("Part", "Beløb").write_csv(sys.argv[3], separator=";")

"""The `largest-remainder` package (PyPI): LargestRemainder.round(values, total). Usage: largest_remainder_pkg.py TOTAL_UNITS IN OUT"""
import csv
import sys

from largest_remainder import LargestRemainder

total = int(sys.argv[1])
with open(sys.argv[2], newline="", encoding="utf-8") as handle:
    rows = list(csv.reader(handle, delimiter=";"))[1:]
amounts = LargestRemainder.round([float(row[1]) for row in rows], total=total)
with open(sys.argv[3], "w", newline="", encoding="utf-8") as handle:
    writer = csv.writer(handle, delimiter=";")
    writer.writerow(["Part", "Beløb"])
    writer.writerows(zip((row[0] for row in rows), amounts))

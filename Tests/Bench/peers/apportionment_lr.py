"""The `apportionment` package (PyPI): methods.compute("largest_remainder", votes, seats). Usage: apportionment_lr.py TOTAL_UNITS IN OUT"""
import csv
import sys

from apportionment import methods

total = int(sys.argv[1])
with open(sys.argv[2], newline="", encoding="utf-8") as handle:
    rows = list(csv.reader(handle, delimiter=";"))[1:]
seats = methods.compute("largest_remainder", [int(row[1]) for row in rows], total, parties=[row[0] for row in rows])
with open(sys.argv[3], "w", newline="", encoding="utf-8") as handle:
    writer = csv.writer(handle, delimiter=";")
    writer.writerow(["Part", "Beløb"])
    writer.writerows(zip((row[0] for row in rows), seats))

-- Two sheets compared in DuckDB (the `duckdb` command-line program): a full outer join on the party, the cells that
-- differ (or a row on one side only) written with both values and the difference.
-- Run as: duckdb -c "SET VARIABLE a = 'A'; SET VARIABLE b = 'B'; SET VARIABLE output = 'OUT';" -f duckdb_diff.sql
COPY (
    SELECT Part, a."Beløb" AS a, b."Beløb" AS b, b."Beløb" - a."Beløb" AS forskel
    FROM read_csv(getvariable('a'), header = true, columns = {'Part': 'VARCHAR', 'Beløb': 'BIGINT'}) a
    FULL OUTER JOIN read_csv(getvariable('b'), header = true, columns = {'Part': 'VARCHAR', 'Beløb': 'BIGINT'}) b USING (Part)
    WHERE a."Beløb" IS DISTINCT FROM b."Beløb"
) TO (getvariable('output')) (HEADER true);

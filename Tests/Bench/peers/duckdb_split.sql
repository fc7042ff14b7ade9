-- Integer-exact largest remainder in DuckDB (the `duckdb` command-line program): floors and remainders in HUGEINT,
-- the leftover units by a window over the remainders (ties: the larger weight, then the lower name, as in
-- Fordeling). Run as: duckdb -c "SET VARIABLE total = TOTAL; SET VARIABLE input = 'IN'; SET VARIABLE output = 'OUT';" -f duckdb_split.sql
CREATE TABLE k AS SELECT row_number() OVER () AS row, Part, "Vægt" AS w
    FROM read_csv(getvariable('input'), delim = ';', header = true, columns = {'Part': 'VARCHAR', 'Vægt': 'BIGINT'});
CREATE TABLE q AS SELECT row, Part, w, (w::HUGEINT * getvariable('total')) // s AS floor, (w::HUGEINT * getvariable('total')) % s AS remainder
    FROM k, (SELECT sum(w)::HUGEINT AS s FROM k);
CREATE TABLE r AS SELECT row, Part, floor + CASE WHEN row_number() OVER (ORDER BY remainder DESC, w DESC, Part ASC)
    <= (SELECT getvariable('total') - sum(floor) FROM q) THEN 1 ELSE 0 END AS "Beløb" FROM q;
COPY (SELECT Part, "Beløb" FROM r ORDER BY row) TO (getvariable('output')) (DELIMITER ';', HEADER true);

/// The help texts of `fordel` and each command.
enum Help {
    static let overview = """
    fordel \(Version.current): exact, reconciled cost-allocation sheets for Danish municipal finance

    Usage: fordel <command> [options]

    Commands:
      run      compute every sheet in Inputs/ and write Outputs/
      list     list the definitions: id, title, total
      split    split a total over any CSV or workbook of names and weights
      check    check approved sheets for errors
      diff     compare two sheets cell by cell
      explain  show how each row of a sheet was derived
      help     show help for a command

    Options: --help, --version
    Exit codes: 0 ok, 1 findings, 2 usage or input error.
    See 'fordel help <command>' and README.md.
    """

    static let commands: [String: String] = [
        "run": """
        Usage: fordel run [--inputs DIR] [--outputs DIR] [--only ID]
               fordel run --scenario NAME [--set ID.FIELD=VALUE …] [--inputs DIR] [--outputs DIR]

        Reads DIR (default Inputs): keys/*.csv, definitions/*.txt, and registers/*.csv, which add to
        and override the built-in register of the 98 municipalities; a register, key or approved sheet
        may be an Excel workbook (.xlsx, its first worksheet) instead of CSV.
        Computes every sheet, checks that each reconciles, audits the approved sheets in
        DIR/approved (as 'fordel check' and 'fordel diff' do), and replaces the outputs folder
        (default Outputs) as a whole: a CSV, a Markdown, an Excel (.xlsx) and an HTML page per sheet,
        fordeling.xlsx (every sheet in one workbook), README.md (an index), audit.md (the audit) and
        index.html, the report to open and print (its path is the last line printed). A failed run
        leaves the outputs folder untouched. Findings in
        approved sheets are reported, not failures: the run exits 0. It refuses an outputs folder
        that is or holds the current or the inputs folder, or holds files it did not write (listed).
          --only ID   compute only sheet ID (and the sheets it adds up) and update just its files
        Key rows no party of a sheet uses are listed (information), in the summary and the sheet's notes.
        Every scenario in DIR/scenarios is computed beside the baseline into Outputs/scenarios/NAME/.
          --scenario NAME   compute just this scenario (from DIR/scenarios, or made of --set alone) and
                            rewrite Outputs/scenarios/NAME/; the baseline files stay byte-identical
          --set ID.FIELD=VALUE   override a field: total, national, rate (an amount, +10 %, -500.000 kr.),
                            key (befolkning-2019, equal), pledge (PARTY: AMOUNT, PARTY: 50 %, PARTY: ingen),
                            tier (PARTY: TIER), leave (PARTY), join (PARTY), index rate (a PL rate,
                            2023/2024: 5,2 %); may be repeated. A percentage is rounded half-up to the
                            sheet's unit; the scenario sheet states both amounts

        Examples: fordel run --inputs Inputs --outputs Outputs
                  fordel run --scenario budget --set erhvervshus-2019.total=+10%
        """,
        "list": """
        Usage: fordel list [--inputs DIR]

        One line per definition: id, title, rule and total (or rate).

        Example: fordel list
        """,
        "split": """
        Usage: fordel split --total AMOUNT --key FILE [--sheet NAME] [--column NAME]
                            [--unit øre|kr|1000 | --quantity NAME [--decimals N]]
                            [--mode reconciled|published] [--output FILE]

        Splits AMOUNT (Danish format: 23.910.000, 12,5 mio. kr.) over the rows of FILE, a CSV with a
        header row or an Excel workbook (.xlsx: its first worksheet, or the one --sheet names): the first
        column names the parties (any names), --column names the weight column (default: the second of
        two columns; no two headings may be alike). Prints the sheet; with --output it writes the sheet as
        CSV for Excel instead (or as a workbook, when FILE ends in .xlsx: at most 1.048.576 rows), streaming
        any number of parties, and prints the reconciliation; it never writes over the key, a folder or a
        device, and writes through a link. FILE may be up to 64 MiB, or 4 GiB with --output.
          --unit   rounding unit (default kr); with 1000 the table is in 1.000 kr.
          --quantity NAME  split a quantity (pladser, årsværk) instead of money, to --decimals N
                   decimals (default 2); --total 620 or --total "620 pladser"
          --mode   reconciled (largest remainder, default) or published (each row half-up)

        Example: fordel split --total 23.910.000 --key Inputs/keys/befolkning-2019.csv --output bidrag.csv
        """,
        "check": """
        Usage: fordel check FILE|DIR [--sheet NAME] [--format text|html] [--inputs DIR]

        Checks approved sheets (CSV transcribed as described in Inputs/README.md, or Excel workbooks laid
        out the same way: the first worksheet, or the one --sheet names) for every internal
        inconsistency: columns that do not sum to their printed total, percentages and per-unit figures
        that do not match, differences that do not subtract, parties unknown or missing, and amounts that
        break the rule of the linked definition (with the rounding, divisor or total that would explain
        them). Every cell is read or reported with file, line and column: numbers in any printed form
        (kr. 1.445.162, 1014.819 kr., 6,9 %, 12,5 mio.; a column headed 1.000 kr. or t.kr. in thousands),
        a point by the evidence of its column and sheet (2.5 årsværk is 2,5), every reading that is not
        plain Danish a warning with the value taken, digits that make no number (1.2.3) an error. Without
        an inputs folder, parties are matched with the built-in register of the 98 municipalities.
        It also checks the relations between columns and the agreed minimums a sheet declares (# relation:,
        # minimum:), a budget statement's totals and results (a figure rounded to whole kroner is
        information), and the tiers of a price list. Exit 1 if any finding is an error.
          --format html   write an HTML page to standard output instead: each sheet as printed with
                          the cells that break a rule or differ from the generated sheet highlighted

        Examples: fordel check Inputs/approved
                  fordel check Inputs/prices/socialtilsyn-takster-2021.csv
        """,
        "diff": """
        Usage: fordel diff A B [--sheet NAME] [--tolerance AMOUNT] [--format text|md|csv|html] [--inputs DIR]

        Compares two sheets (generated or approved, CSV or Excel workbooks: a workbook's first worksheet,
        or the one --sheet names, with cells named as B7): rows aligned by kommunenummer or party name
        (any spelling in the register: the inputs folder's, or the built-in one of the 98
        municipalities), columns by heading, numbers read as 'check' reads them and compared as numbers
        whatever their decoration (6,9 and 6,9 %, 12.500.000 and 12,5 mio.). Reports changed cells with
        both values and the difference, rows only in A or B, parties listed twice in one sheet, and
        changed totals; a number read other than the plain Danish way is warned about on stderr.
        Exit 1 exactly when something differs by more than AMOUNT (default 0), as the summary counts.
        --format html writes an HTML page (B with the changed cells highlighted) to standard output.

        Example: fordel diff Outputs/erhvervshus-2019.csv Inputs/approved/erhvervshus-2019.csv
        """,
        "explain": """
        Usage: fordel explain ID [PARTY] [--inputs DIR]

        Shows how each row of sheet ID (or just PARTY's) was derived: key value and key total, the total
        or rate, the exact quota as a fraction and in decimals, the floor, the remainder and its rank,
        and whether the row received a leftover unit.

        Example: fordel explain erhvervshus-2019 Greve
        """,
        "help": """
        Usage: fordel help [COMMAND]

        Shows the overview, or the help of COMMAND.
        """,
    ]
}

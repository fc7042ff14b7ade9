/// The help texts of `fordel` and each command.
enum Help {
    static let overview = """
    fordel \(Version.current): exact, reconciled cost-allocation sheets for Danish municipal finance

    Usage: fordel <command> [options]

    Commands:
      run      compute every sheet in Inputs/ and write Outputs/
      list     list the definitions: id, title, total
      split    split a total over any CSV of names and weights
      help     show help for a command

    Options: --help, --version
    Exit codes: 0 ok, 1 findings, 2 usage or input error.
    See 'fordel help <command>' and README.md.
    """

    static let commands: [String: String] = [
        "run": """
        Usage: fordel run [--inputs DIR] [--outputs DIR] [--only ID]

        Reads DIR (default Inputs): registers/kommuner.csv, keys/*.csv, definitions/*.txt.
        Computes every sheet, checks that each reconciles, and replaces the outputs folder
        (default Outputs) as a whole: a CSV and a Markdown file per sheet and README.md, an index.
        A failed run leaves the outputs folder untouched.
          --only ID   compute only sheet ID (and the sheets it adds up) and update just its files

        Example: fordel run --inputs Inputs --outputs Outputs
        """,
        "list": """
        Usage: fordel list [--inputs DIR]

        One line per definition: id, title, rule and total (or rate).

        Example: fordel list
        """,
        "split": """
        Usage: fordel split --total AMOUNT --key FILE [--column NAME] [--unit øre|kr|1000]
                            [--mode reconciled|published] [--output FILE]

        Splits AMOUNT (Danish format: 23.910.000, 12,5 mio. kr.) over the rows of FILE, a CSV with a
        header row: the first column names the parties (any names), --column names the weight column
        (default: the second of two columns). Prints the sheet; --output also writes it as CSV for Excel.
          --unit   rounding unit (default kr)
          --mode   reconciled (largest remainder, default) or published (each row half-up)

        Example: fordel split --total 23.910.000 --key Inputs/keys/befolkning-2019.csv --output bidrag.csv
        """,
        "help": """
        Usage: fordel help [COMMAND]

        Shows the overview, or the help of COMMAND.
        """,
    ]
}

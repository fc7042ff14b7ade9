import FordelingCore

/// The Danish heading of each column of a sheet: the one its inputs give it, or the one its role has.
public enum ColumnHeadings {
    public static func heading(_ column: SheetColumn) -> String {
        let heading = column.heading ?? self.heading(of: column.role, measure: column.measure)
        return column.measure == .money(.thousandKroner) ? inThousands(heading) : heading
    }

    /// A heading of amounts shown in thousands of kroner, saying so unless it does: `Beløb (1.000 kr.)`.
    public static func inThousands(_ heading: String) -> String {
        PrintedNumber.headingInThousands(heading) ? heading : heading + " (1.000 kr.)"
    }

    /// The heading of a column with `role` whose inputs give it none, for amounts of `measure`: contributions in kind
    /// of a quantity are headed by it (`Medfinansiering, årsværk`).
    static func heading(of role: ColumnRole, measure: Measure?) -> String {
        if role == .inKind, case .quantity(let name, _)? = measure { return "Medfinansiering, \(name)" }
        return heading(of: role)
    }

    /// The heading of a column with `role` whose inputs give it none.
    public static func heading(of role: ColumnRole) -> String {
        switch role {
        case .keyValues: "Vægt (ligelig)"
        case .keyShare: "Pct."
        case .component(let reference, let title, let heading):
            reference.role == .amount ? title : "\(title): \(heading ?? self.heading(of: reference.role))"
        case .previous: "Tidligere"
        case .fixedPledge: "Fast beløb"
        case .keyedShare: "Andel efter nøgle"
        case .amount: "Beløb"
        case .difference: "Forskel"
        case .value: "Værdi (kr.)"
        case .hours: "Timer"
        case .inKind: "Medfinansiering, timer"
        case .perUnit: "pr. indbygger"
        case .budget(let period, let side): "\(period) \(side == .expenses ? "udgifter" : "indtægter")"
        case .periodYear(let year): "\(year)"
        case .periodYears: "Årene i alt"
        case .wholePeriod: "Hele perioden"
        case .minimum: "Mindst"
        case .maximum: "Højst"
        case .realised: "Realiseret"
        case .realisedShare: "Realiseret pct."
        case .deviation: "Afvigelse (procentpoint)"
        case .beyondDeviation: "Ud over grænsen"
        case .priceTier: "Takstgruppe"
        }
    }
}

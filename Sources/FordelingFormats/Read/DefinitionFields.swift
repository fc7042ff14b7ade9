import FordelingCore

/// The text format's names of a definition's fields and rules: how they are read, and how messages name them.
public enum DefinitionFields {
    /// Every field a definition may have, with its name in the text format, in the order messages list them.
    static let table: [(field: Definition.Field, name: String)] = [
        (.title, "title"), (.year, "year"), (.parties, "parties"), (.excluded, "exclude"), (.rule, "rule"), (.key, "key"),
        (.tiers, "tiers"), (.total, "total"), (.national, "national"), (.rate, "rate"), (.add, "add"), (.pledges, "pledge"),
        (.unit, "unit"), (.quantity, "quantity"), (.decimals, "decimals"), (.price, "price"), (.mode, "mode"), (.divisor, "divisor"),
        (.amountLabel, "label"), (.columns, "columns"), (.compare, "compare"), (.per, "per"), (.perLabel, "per label"),
        (.perDecimals, "per decimals"), (.percentDecimals, "percent decimals"), (.percentLabel, "percent label"), (.hours, "hours"),
        (.hourlyRate, "hourly rate"), (.inKindShare, "in kind share"), (.inKindFixed, "in kind fixed"),
        (.inKindExempt, "in kind exempt"), (.match, "match"), (.notes, "note"), (.periods, "periods"), (.expense, "expense"),
        (.income, "income"), (.fees, "fees"), (.index, "index"), (.priceLevel, "price level"), (.period, "period"),
        (.periodAmount, "period amount"), (.minimum, "minimum"), (.maximum, "maximum"), (.deviation, "deviation"), (.realised, "realised"),
    ]

    /// The rules' names.
    static let rules: [(kind: Rule.Kind, name: String)] = [(.split, "split"), (.shareOfNational, "national-share"), (.rate, "rate"), (.sum, "sum"),
                                                           (.budget, "budget"), (.fee, "fee")]

    /// The field's name in the text format; the definition itself is its `id`.
    public static func name(of field: Definition.Field) -> String {
        table.first { $0.field == field }?.name ?? "id"
    }

    static func field(named name: String) -> Definition.Field? {
        table.first { $0.name == name }?.field
    }

    public static func name(of rule: Rule.Kind) -> String {
        rules.first { $0.kind == rule }?.name ?? ""
    }

    static func rule(named name: String) -> Rule.Kind? {
        rules.first { $0.name == name }?.kind
    }
}

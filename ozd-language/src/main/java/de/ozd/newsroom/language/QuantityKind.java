package de.ozd.newsroom.language;

/** Kinds of numeric expressions. */
public enum QuantityKind {
    /** A cardinal number in digits or words („9“, „neun“, „tausende“). */
    NUMBER,
    /** A percentage („3,5 Prozent“). */
    PERCENT,
    /** A sum of money („2 Millionen Euro“). */
    MONEY,
    /** A number bound into an adjective („120-tägigen“). */
    MEASURE,
    /** A calendar year („2025“). */
    YEAR,
    /** A date or part of one („1. Januar“, „im April“, „im Sommer“). */
    DATE
}

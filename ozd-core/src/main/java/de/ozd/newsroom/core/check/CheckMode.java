package de.ozd.newsroom.core.check;

/**
 * What a check is for. While drafting and editing (the default: {@code ozd check}, the desk's live findings, the
 * API's {@code /check}) some findings are warnings that must be errors before a package goes out: in
 * {@link #PUBLICATION} mode a rule's {@linkplain HouseRule#severity(CheckMode) publication severity} applies.
 */
public enum CheckMode {
    DRAFTING,
    PUBLICATION
}

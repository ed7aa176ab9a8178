package de.ozd.newsroom.language;

/** Kinds of named entities. */
public enum EntityType {
    PERSON,
    LOCATION,
    ORGANISATION,
    OTHER
}

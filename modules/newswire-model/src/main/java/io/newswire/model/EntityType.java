package io.newswire.model;

/** The kinds of named entity the pipeline recognises. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC
}

package org.dragoman.model;

/** Whether an event happened, per the text. */
public enum Status { OCCURRED, PLANNED, CANCELLED, DENIED, HYPOTHETICAL }

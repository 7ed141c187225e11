package org.dragoman.model;

/** How a meeting was held. */
public enum Mode { IN_PERSON, PHONE, VIDEO }

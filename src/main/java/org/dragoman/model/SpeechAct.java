package org.dragoman.model;

/** Speech-act types of statements, aligned with CAMEO's top-level codes. */
public enum SpeechAct {
    STATEMENT("01"), APPEAL("02"), INTENT_TO_COOPERATE("03"), CONSULT("04"),
    DISAPPROVE("11"), REJECT("12"), THREATEN("13");

    private final String cameo;

    SpeechAct(String cameo) {
        this.cameo = cameo;
    }

    /** The two-digit CAMEO root code. */
    public String cameo() {
        return cameo;
    }
}

package org.dragoman.extract;

import java.util.Map;
import java.util.Set;
import org.dragoman.model.SpeechAct;

/** Reporting verbs and the CAMEO speech-act type each one signals. */
final class SpeechActs {
    /** Verbs that report speech with a clause, an infinitive or a quote. */
    static final Set<String> CUE_VERBS = Set.of(
            "say", "tell", "add", "stress", "indicate", "highlight", "urge", "warn", "criticise", "criticize", "accuse",
            "deny", "announce", "call", "state", "note", "claim", "insist", "argue", "explain", "declare", "emphasise",
            "emphasize", "assert", "suggest", "reiterate", "confirm", "acknowledge", "admit", "reply", "respond",
            "write", "tweet", "post", "predict", "promise", "pledge", "vow", "threaten", "demand", "ask", "appeal",
            "propose", "condemn", "reject", "dismiss", "describe", "underline", "underscore", "point", "remark",
            "report", "recall", "caution", "contend", "maintain", "mention", "observe", "affirm",
            "allege", "complain", "concede", "counter", "disclose", "reveal", "estimate", "forecast", "hint",
            "inform", "assure", "blast", "slam", "denounce", "praise", "welcome", "thank", "agree", "rule", "brand",
            "quote", "cite", "tout", "boast", "lament", "question", "wonder", "signal", "express", "voice", "repeat",
            "recommend", "advise", "order", "instruct", "invite", "encourage", "press", "implore", "plead", "blame",
            "credit", "characterize", "characterise", "label", "name", "justify", "defend", "oppose", "second", "support",
            "hail", "applaud", "decry", "request", "believe", "think", "hope", "fear", "doubt", "suspect", "expect", "worry",
            "feel", "charge", "testify");
    /** Verbs whose object alone is the content: "highlighted the need to ...", "criticised the tactics". */
    static final Set<String> OBJECT_CONTENT = Set.of("highlight", "stress", "criticise", "criticize", "deny", "announce",
            "condemn", "reject", "emphasise", "emphasize", "underline", "underscore", "reiterate", "propose",
            "denounce", "slam", "blast", "demand", "express", "voice", "predict", "promise", "pledge",
            "confirm", "acknowledge", "admit", "dismiss", "question", "threaten", "warn", "recommend", "signal",
            "tout", "lament", "reveal", "disclose", "describe", "mention", "repeat", "note", "claim", "blame", "credit",
            "call", "characterize", "characterise", "label", "name", "accuse", "decry", "ask", "request", "brand",
            "suggest", "recall");
    private static final Map<String, SpeechAct> ACTS = Map.ofEntries(
            Map.entry("urge", SpeechAct.APPEAL), Map.entry("call", SpeechAct.APPEAL), Map.entry("appeal", SpeechAct.APPEAL),
            Map.entry("ask", SpeechAct.APPEAL), Map.entry("demand", SpeechAct.APPEAL), Map.entry("press", SpeechAct.APPEAL),
            Map.entry("implore", SpeechAct.APPEAL), Map.entry("plead", SpeechAct.APPEAL), Map.entry("encourage", SpeechAct.APPEAL),
            Map.entry("invite", SpeechAct.APPEAL), Map.entry("recommend", SpeechAct.APPEAL), Map.entry("advise", SpeechAct.APPEAL),
            Map.entry("promise", SpeechAct.INTENT_TO_COOPERATE), Map.entry("pledge", SpeechAct.INTENT_TO_COOPERATE),
            Map.entry("vow", SpeechAct.INTENT_TO_COOPERATE), Map.entry("agree", SpeechAct.INTENT_TO_COOPERATE),
            Map.entry("propose", SpeechAct.INTENT_TO_COOPERATE), Map.entry("offer", SpeechAct.INTENT_TO_COOPERATE),
            Map.entry("assure", SpeechAct.INTENT_TO_COOPERATE),
            Map.entry("criticise", SpeechAct.DISAPPROVE), Map.entry("criticize", SpeechAct.DISAPPROVE),
            Map.entry("accuse", SpeechAct.DISAPPROVE), Map.entry("condemn", SpeechAct.DISAPPROVE),
            Map.entry("denounce", SpeechAct.DISAPPROVE), Map.entry("blast", SpeechAct.DISAPPROVE),
            Map.entry("slam", SpeechAct.DISAPPROVE), Map.entry("complain", SpeechAct.DISAPPROVE),
            Map.entry("allege", SpeechAct.DISAPPROVE), Map.entry("lament", SpeechAct.DISAPPROVE),
            Map.entry("brand", SpeechAct.DISAPPROVE), Map.entry("question", SpeechAct.DISAPPROVE),
            Map.entry("deny", SpeechAct.REJECT), Map.entry("reject", SpeechAct.REJECT), Map.entry("dismiss", SpeechAct.REJECT),
            Map.entry("rule", SpeechAct.REJECT), Map.entry("counter", SpeechAct.REJECT),
            Map.entry("threaten", SpeechAct.THREATEN), Map.entry("warn", SpeechAct.THREATEN),
            Map.entry("caution", SpeechAct.THREATEN));

    /** Verbs whose object is content only with a predicate after it: "called the deal 'void'", not "called him". */
    static final Set<String> NEEDS_PREDICATE = Set.of("call", "name", "label", "brand", "describe", "characterize",
            "characterise", "credit", "blame", "accuse", "thank");

    /** Verbs that report with a clause and have no other common sense: their rest of sentence may be read as content. */
    static final Set<String> CLAUSE_VERBS = Set.of("say", "tell", "add", "state", "note", "claim", "insist", "argue", "explain",
            "declare", "assert", "write", "tweet", "report", "warn", "announce", "stress", "reply", "respond", "remark",
            "observe", "mention", "acknowledge", "admit", "suggest", "indicate", "emphasise", "emphasize", "reiterate",
            "confirm", "deny", "allege", "complain", "predict", "recall", "caution", "contend", "affirm", "concede",
            "disclose", "reveal", "believe", "think", "fear", "testify", "assure", "inform", "hint", "estimate");

    /** Verbs whose object is the hearer, not part of what was said: "told reporters the talks ...". */
    static final Set<String> HEARER_OBJECT = Set.of("tell", "inform", "assure", "warn", "remind", "urge", "ask", "advise",
            "brief", "notify", "promise", "caution", "instruct", "order", "encourage", "press", "invite", "implore",
            "request", "thank", "write", "reply", "answer", "update", "convince", "persuade", "quote", "cite");

    /** Verbs that report speech only next to a quote: 'spoke on the radio, "..."', '"...", she continued'. */
    static final Set<String> QUOTE_ONLY = Set.of("speak", "continue", "conclude", "joke", "exclaim", "shout",
            "recount", "chime", "quip", "retort", "summarise", "summarize", "elaborate");

    private SpeechActs() {
    }

    static SpeechAct of(String cueLemma) {
        return ACTS.getOrDefault(cueLemma, SpeechAct.STATEMENT);
    }
}

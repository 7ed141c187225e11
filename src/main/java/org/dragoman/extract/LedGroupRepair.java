package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "A Ruritanian delegation led by Ana Soto arrived in Lima": the parser may take "led" for the main verb, with the
 * group its subject and the real verb hung on it as dep. A root "led" or "headed" whose subject is a group that
 * leaders lead, with a by-phrase, and a finite verb after it as dep, is a participle modifying the group: the dep
 * becomes the root, the group its subject and "led" the group's acl. Likewise "met the delegation, led by Ana Soto, in
 * Lima": a "led" set off by a comma right after such a group, which the parser hung on the verb before (conj, dep), is
 * the group's acl.
 */
final class LedGroupRepair {
    private static final Set<String> LED_GROUP_NOUNS = WordLists.MEETING.get("led-group-noun");

    private LedGroupRepair() {
    }

    /** The article with such sentences re-hung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, LedGroupRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        Sentence out = rootLed(s);
        return out != s ? out : conjunctLed(s);
    }

    private static Sentence conjunctLed(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int led = d.dependent();
            int group = led - 2;
            if (d.base().matches("conj|dep") && d.governor() >= 0 && d.governor() < group && ledBy(s, led)
                    && s.token(led - 1).word().equals(",") && s.token(group).isNoun()
                    && LED_GROUP_NOUNS.contains(s.token(group).lemma().toLowerCase(Locale.ROOT))
                    && Arguments.dependents(s, led, "nsubj", "nsubj:pass").stream().allMatch(n -> n < group)) {
                // The subject a conjunct shares with the verb before it is not the participle's.
                List<Dependency> deps = new ArrayList<>(s.dependencies().stream()
                        .filter(x -> !x.equals(d) && !(x.governor() == led && x.base().startsWith("nsubj"))).toList());
                deps.add(new Dependency("acl", group, led));
                return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
            }
        }
        return s;
    }

    /** Whether {@code t} is "led" or "headed" with a by-phrase. */
    private static boolean ledBy(Sentence s, int t) {
        return s.token(t).pos().equals("VBN") && s.token(t).lemma().toLowerCase(Locale.ROOT).matches("lead|head")
                && !Arguments.dependents(s, t, "obl:by", "obl:agent").isEmpty();
    }

    private static Sentence rootLed(Sentence s) {
        for (Dependency root : s.children(-1)) {
            int led = root.dependent();
            if (!ledBy(s, led)) {
                continue;
            }
            int group = Arguments.dependents(s, led, "nsubj").stream()
                    .filter(g -> g < led && LED_GROUP_NOUNS.contains(s.token(g).lemma().toLowerCase(Locale.ROOT))).findFirst().orElse(-1);
            int verb = Arguments.dependents(s, led, "dep").stream()
                    .filter(v -> v > led && s.token(v).pos().matches("VBD|VBZ|VBP")).findFirst().orElse(-1);
            if (group >= 0 && verb >= 0) {
                return rehung(s, led, group, verb);
            }
        }
        return s;
    }

    private static Sentence rehung(Sentence s, int led, int group, int verb) {
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() < 0 && d.dependent() == led || d.governor() == led && (d.dependent() == group || d.dependent() == verb)) {
                continue;
            }
            // The closing punctuation and anything after the verb belong to the verb's clause.
            if (d.governor() == led && d.dependent() > verb) {
                deps.add(new Dependency(d.relation(), verb, d.dependent()));
                continue;
            }
            deps.add(d);
        }
        deps.add(new Dependency("root", -1, verb));
        deps.add(new Dependency("nsubj", verb, group));
        deps.add(new Dependency("acl", group, led));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }
}

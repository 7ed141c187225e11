package org.dragoman.extract;

import java.util.List;
import java.util.Optional;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "Ana Soto met Ivo Ruiz on Monday. She said ...": news writes "he" or "she" with no person named before it in its
 * sentence for the named subject of the sentence before. Statistical coreference sometimes reaches past that subject
 * to a person named earlier; this reading does not.
 */
final class ContinuedSubject {
    private final AnnotatedArticle doc;
    private final Arguments args;
    private final GenderLexicon genders;

    ContinuedSubject(AnnotatedArticle doc, Arguments args, GenderLexicon genders) {
        this.doc = doc;
        this.args = args;
        this.genders = genders;
    }

    /**
     * The person a pronoun at token {@code t} continues, or null: when a person is named before it in its sentence
     * (outside quotations), when it opens the article, or when the previous sentence's opening name or main subject is
     * no named person of a fitting gender ({@code not} is the gender it cannot be).
     */
    String of(Sentence s, int t, GenderLexicon.Gender not) {
        for (int i = 0; i < t; i++) {
            if (args.namedPerson(s, i).isPresent() && !quoted(s.token(i))) {
                return null;
            }
        }
        return previousSubject(s, not);
    }

    /**
     * The named person the sentence before {@code s} opens with, or else its main subject, if of a fitting gender
     * ({@code not} is the gender it cannot be); null when none or {@code s} is the first sentence.
     */
    String previousSubject(Sentence s, GenderLexicon.Gender not) {
        return previousSubject(s, not, 0);
    }

    private String previousSubject(Sentence s, GenderLexicon.Gender not, int hops) {
        if (s.index() == 0) {
            return null;
        }
        Sentence previous = doc.sentences().get(s.index() - 1);
        // "Related: ..." between two sentences of the story links to another one.
        if (Spans.linkLine(doc, previous)) {
            return previousSubject(previous, not, hops);
        }
        // '"Ana and I agree. We ...," he said': a sentence of the same quotation before is the speaker's, not the
        // story's; whom the pronoun continues is named before the quotation.
        boolean allQuoted = previous.tokens().stream().filter(t -> Character.isLetterOrDigit(t.word().charAt(0))).allMatch(this::quoted);
        if (allQuoted) {
            return hops == 0 ? previousSubject(previous, not, 1) : null;
        }
        Optional<Entity> opening = args.namedPerson(previous, 0).filter(e -> genders.of(e) != not);
        if (opening.isPresent() && !possessor(previous, opening.get())) {
            return opening.get().id();
        }
        for (Dependency root : previous.children(-1)) {
            for (int subject : Arguments.dependents(previous, root.dependent(), "nsubj")) {
                Optional<Entity> e = args.namedPerson(previous, subject)
                        .filter(p -> !quoted(previous.token(subject)) && genders.of(p) != not);
                if (e.isEmpty()) {
                    // "Ana Soto's spokesman, Ivo Ruiz, said ...": the name in apposition to the subject.
                    e = args.appositionPeople(previous, subject).filter(p -> genders.of(p) != not).findFirst();
                }
                if (e.isPresent()) {
                    return e.get().id();
                }
                // "The Ruritanian leader arrived on Tuesday. On Wednesday, he met ...": a description the rules read as one
                // person the story told is that person.
                if (unnamedDescription(previous, subject)) {
                    List<Entity> people = args.actors(previous, subject).stream().map(id -> args.index().byId(id))
                            .flatMap(Optional::stream).filter(p -> p.type() == EntityType.PERSON).toList();
                    if (people.size() == 1 && genders.of(people.get(0)) != not) {
                        return people.get(0).id();
                    }
                }
                // "Ana Soto briefed Ivo Ruiz. The head of the delegation pointed out ... She also said": a description
                // that names nobody continues the subject before it, and so does the pronoun after it.
                if (hops == 0 && unnamedDescription(previous, subject)) {
                    return previousSubject(previous, not, 1);
                }
            }
        }
        return null;
    }

    /** "the head of the delegation", "the minister": a title or role after "the" that the article ties to nobody. */
    private boolean unnamedDescription(Sentence s, int t) {
        Token head = s.token(t);
        String word = head.word().toLowerCase(java.util.Locale.ROOT);
        boolean the = Arguments.theBefore(s, t);
        return the && head.pos().equals("NN") && (TitleLexicon.isTitleWord(word) || word.equals("head"))
                && args.index().at(s.index(), t).isEmpty();
    }

    /**
     * Whether the sentence opens with {@code person} as the possessor of another named person ("Ana Soto's spokesman,
     * Ivo Ruiz,", "Ana Soto's spokesman Ivo Ruiz"): then the other is its subject. "Ana Soto's visit" still tells of her.
     */
    private boolean possessor(Sentence s, Entity person) {
        for (int i = 0; i < s.tokens().size() && args.namedPerson(s, i).map(e -> e.id().equals(person.id())).orElse(false); i++) {
            for (Dependency d : s.parents(i)) {
                // "Ana Soto's spokesman Ivo Ruiz said": the title may be a compound of the name instead.
                // "Acme House spokesman Ivo Ruiz said": a name the tagger took for a person, modifying another's title.
                boolean modifiesTitle = d.base().equals("compound") && d.governor() >= 0
                        && TitleLexicon.isTitleWord(s.token(d.governor()).word().toLowerCase(java.util.Locale.ROOT));
                boolean ofNamedPerson = (d.relation().equals("nmod:poss") || modifiesTitle)
                        && (d.relation().equals("nmod:poss") && args.appositionPeople(s, d.governor()).findAny().isPresent()
                        || s.parents(d.governor()).stream().anyMatch(c -> c.base().equals("compound") && c.governor() >= 0
                                && args.namedPerson(s, c.governor()).filter(e -> !e.id().equals(person.id())).isPresent()));
                if (ofNamedPerson) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sentence before {@code s}; {@code s} must not be the first. */
    Sentence previous(Sentence s) {
        return doc.sentences().get(s.index() - 1);
    }

    /** The article's sentence at {@code index}. */
    Sentence sentence(int index) {
        return doc.sentences().get(index);
    }

    /** How many sentences the article has. */
    int sentenceCount() {
        return doc.sentences().size();
    }

    /** Whether the person's name can stand for a pronoun that cannot be of gender {@code not}. */
    boolean fits(Entity person, GenderLexicon.Gender not) {
        return genders.of(person) != not;
    }

    /** Whether {@code person} is the only person named in the sentence outside quotations. */
    boolean onlyPerson(Sentence s, String person) {
        for (int i = 0; i < s.tokens().size(); i++) {
            Optional<Entity> e = args.namedPerson(s, i);
            if (e.isPresent() && !e.get().id().equals(person) && !quoted(s.token(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the lexicon knows the gender of the person with this entity id. */
    boolean knownGender(String id) {
        return args.index().byId(id).map(e -> genders.of(e) != GenderLexicon.Gender.UNKNOWN).orElse(false);
    }

    /**
     * Whether the token stands inside a quotation. A person named in quoted words is spoken about, not the narrator's
     * "he" or "she": '"Ana Soto will lose," he said.'
     */
    boolean quoted(Token tok) {
        return doc.quotes().stream().anyMatch(q -> q.begin() <= tok.begin() && tok.end() <= q.end());
    }
}

package org.dragoman.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Role;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Reads roles stated next to a person's name: "Chilean President Ana Soto", "Norwegian Prime Minister
 * Lars Berg", "Peru's Foreign Minister Ivo Ruiz", "Ivo Ruiz, the Peruvian ambassador to Spain", "Foreign Minister of Peru X".
 */
final class RoleReader {
    private static final java.util.Set<String> ADDRESS_STYLES = WordLists.NAMES.get("address-style");
    private static final java.util.Set<String> HONOUR_RANKS = WordLists.NAMES.get("honour-rank");
    private final AnnotatedArticle doc;
    private final Map<Long, String> tokenToEntity;
    private final List<Entity> entities;

    RoleReader(AnnotatedArticle doc, Map<Long, String> tokenToEntity, List<Entity> entities) {
        this.doc = doc;
        this.tokenToEntity = tokenToEntity;
        this.entities = entities;
    }

    List<Entity> attachRoles() {
        Map<String, Map<String, Role>> roles = new LinkedHashMap<>();
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Entity e : entities) {
            byId.put(e.id(), e);
        }
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                String person = personAt(s, i, byId);
                if (person == null || (i > 0 && person.equals(personAt(s, i - 1, byId)))) {
                    continue;
                }
                Role before = titleBefore(s, i, byId);
                if (before == null) {
                    before = portfolioBefore(s, i, byId);
                }
                int end = i;
                while (end < toks.size() && person.equals(personAt(s, end, byId))) {
                    end++;
                }
                // "President Ana Soto of Ruritania": the country after the name is what the title before it is of.
                String ofAfter = before != null && before.ofEntity() == null ? ofAfterName(s, end, byId) : null;
                if (ofAfter != null) {
                    before = new Role(before.title(), ofAfter);
                }
                if (before != null) {
                    roles.computeIfAbsent(person, k -> new LinkedHashMap<>()).putIfAbsent(key(before), before);
                }
                Role office = officeBeforeHonorific(s, i, byId);
                if (office != null) {
                    roles.computeIfAbsent(person, k -> new LinkedHashMap<>()).putIfAbsent(key(office), office);
                }
                Role after = appositionAfter(s, end, byId);
                if (after != null) {
                    roles.computeIfAbsent(person, k -> new LinkedHashMap<>()).putIfAbsent(key(after), after);
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            Map<String, Role> rs = roles.get(e.id());
            out.add(rs == null ? e : e.withRoles(List.copyOf(rs.values())));
        }
        return out;
    }

    private static String key(Role r) {
        return r.title().toLowerCase(Locale.ROOT) + "|" + r.ofEntity();
    }

    private String personAt(Sentence s, int i, Map<String, Entity> byId) {
        String id = tokenToEntity.get(EntityIndex.key(s.index(), i));
        if (id == null || s.token(i).isPronoun()) {
            return null;
        }
        Entity e = byId.get(id);
        return e != null && e.type() == EntityType.PERSON ? id : null;
    }

    private String placeOrOrgAt(Sentence s, int i, Map<String, Entity> byId) {
        String id = tokenToEntity.get(EntityIndex.key(s.index(), i));
        if (id == null) {
            return null;
        }
        Entity e = byId.get(id);
        // A role is of a country or an organisation, never of a city or region ("Kremlin critic").
        return e != null && (e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION) ? id : null;
    }

    /**
     * The country or body in "of Ruritania" right after a name; null when none, or when it begins a longer phrase
     * ("of Ruritania's ruling party").
     */
    private String ofAfterName(Sentence s, int end, Map<String, Entity> byId) {
        if (end + 1 >= s.tokens().size() || !s.token(end).word().equals("of")) {
            return null;
        }
        // "Prime Minister Ana Soto of the Republic of Peru".
        int first = s.token(end + 1).word().equalsIgnoreCase("the") && end + 2 < s.tokens().size() ? end + 2 : end + 1;
        String of = placeOrOrgAt(s, first, byId);
        int next = first;
        while (of != null && next < s.tokens().size() && of.equals(placeOrOrgAt(s, next, byId))) {
            next++;
        }
        return of != null && (next >= s.tokens().size() || !s.token(next).pos().equals("POS")) ? of : null;
    }

    /**
     * "Ruritania's foreign minister, Sheikh Ivo Ruiz": the office set off by a comma before an honorific, which
     * {@link #titleBefore} alone reads as the whole title. Null when no honorific or no comma comes before the name.
     */
    private Role officeBeforeHonorific(Sentence s, int nameStart, Map<String, Entity> byId) {
        int h = nameStart;
        while (h > 0 && TitleLexicon.isHonorific(s.token(h - 1).word().toLowerCase(Locale.ROOT))) {
            h--;
        }
        return h < nameStart && h >= 2 && s.token(h - 1).word().equals(",") ? titleBefore(s, h, byId) : null;
    }

    /**
     * "Ruritania's Minister of Foreign Affairs, Trade and Culture, Ana Soto": a title whose portfolio follows it, set off
     * by a comma before the name, or set right before it ("Minister for Trade Ana Soto"). The title is the office with
     * its first portfolio ("Minister of Foreign Affairs"); "of Ruritania" after the portfolio, or a country before the
     * office, is what it is of.
     *
     * <p>Edge cases: the portfolio is capitalised words, commas, "of", "for", "the" and "and" only, at most a dozen tokens; null
     * otherwise.
     */
    private Role portfolioBefore(Sentence s, int nameStart, Map<String, Entity> byId) {
        int comma = nameStart - 1;
        while (comma > 0 && TitleLexicon.isHonorific(s.token(comma).word().toLowerCase(Locale.ROOT))) {
            comma--;
        }
        // "Minister of Foreign Affairs Ana Soto": official styles set the portfolio right before the name too.
        boolean setOff = comma >= 3 && s.token(comma).word().equals(",");
        if (!setOff && (comma < 2 || !Character.isUpperCase(s.token(comma).word().charAt(0)) || personAt(s, comma, byId) != null)) {
            return null;
        }
        String ofAfter = null;
        int portfolioEnd = setOff ? comma : comma + 1;
        for (int u = comma - 1; u >= 1 && comma - u <= 12; u--) {
            String w = s.token(u).word();
            boolean linking = w.equalsIgnoreCase("of") || w.equalsIgnoreCase("for");
            if (linking && isCoreTitle(s.token(u - 1)) && u + 1 < portfolioEnd) {
                int titleEnd = portfolioEnd;
                for (int k = u + 1; k < portfolioEnd; k++) {
                    if (s.token(k).word().equals(",")) {
                        titleEnd = k;
                        break;
                    }
                }
                int t = u - 1;
                while (t >= 0 && (isCoreTitle(s.token(t)) || isModifier(s.token(t)))) {
                    t--;
                }
                // "the Deputy of the Minister of Trade Ana Soto": a title inside another title's of-phrase is not hers.
                if (!setOff && t >= 0 && (s.token(t).word().equalsIgnoreCase("of")
                        || s.token(t).word().equalsIgnoreCase("the") && t >= 1 && s.token(t - 1).word().equalsIgnoreCase("of"))) {
                    return null;
                }
                String of = t < 0 ? null : placeOrOrgAt(s, s.token(t).pos().equals("POS") && t >= 1 ? t - 1 : t, byId);
                // "the Prime Minister of Peru, Ana Soto": the country is what the title is of, not its portfolio.
                int first = s.token(u + 1).word().equalsIgnoreCase("the") ? u + 2 : u + 1;
                String country = first < titleEnd ? placeOrOrgAt(s, first, byId) : null;
                boolean wholeCountry = country != null && java.util.stream.IntStream.range(first, titleEnd)
                        .allMatch(k -> country.equals(placeOrOrgAt(s, k, byId)));
                if (wholeCountry && of == null && ofAfter == null) {
                    return new Role(titleText(s, t + 1, u), country);
                }
                return new Role(titleText(s, t + 1, titleEnd), of != null ? of : ofAfter);
            }
            if (linking && ofAfter == null && placeOrOrgAt(s, u + 1, byId) != null && placeOrOrgAt(s, u, byId) == null
                    && u + 1 < portfolioEnd) {
                // "Minister of Foreign Affairs of Ruritania, Ana Soto": the country closes the portfolio.
                ofAfter = placeOrOrgAt(s, u + 1, byId);
                portfolioEnd = u;
                continue;
            }
            boolean word = Character.isUpperCase(w.charAt(0)) && personAt(s, u, byId) == null;
            if (!word && !linking && !w.equals(",") && !w.equalsIgnoreCase("and") && !w.equals("&") && !w.equalsIgnoreCase("the")) {
                return null;
            }
        }
        return null;
    }

    /** "[Chilean] [Foreign Minister] X": title tokens right before the name, optionally after a country. */
    private Role titleBefore(Sentence s, int nameStart, Map<String, Entity> byId) {
        int t = nameStart - 1;
        // "the Secretary-General, the Rt Hon Dame Ana Soto KC": styles of address and ranks of honour stand between.
        while (t >= 1 && (ADDRESS_STYLES.contains(s.token(t).word()) || HONOUR_RANKS.contains(s.token(t).word()))) {
            t--;
        }
        if (t >= 1 && t < nameStart - 1 && s.token(t).word().equalsIgnoreCase("the") && s.token(t - 1).word().equals(",")) {
            t--;
        }
        int titleEnd = t + 1;
        // "her Peruvian counterpart Ivo Ruiz", "her Peruvian counterpart, Ivo Ruiz,"
        int noun = t >= 1 && s.token(t).word().equals(",") ? t - 1 : t;
        if (noun >= 1 && s.token(noun).lemma().equalsIgnoreCase("counterpart") && placeOrOrgAt(s, noun - 1, byId) != null) {
            return counterpart(s, nameStart, placeOrOrgAt(s, noun - 1, byId), byId);
        }
        String after = null;
        // "the Ruritanian foreign minister, Ana Soto,", "the Special Envoy for Ruritania, Ana Soto,": a title set off by
        // a comma before the name, with what it is "for" or "to" after it.
        if (t >= 1 && s.token(t).word().equals(",") && !isCoreTitle(s.token(t - 1))) {
            int u = t - 1;
            if (u >= 2 && placeOrOrgAt(s, u, byId) != null && s.token(u - 1).word().matches("(?i)for|to")
                    && isCoreTitle(s.token(u - 2))) {
                after = placeOrOrgAt(s, u, byId);
                t = u - 2;
                titleEnd = u - 1;
            }
        } else if (t >= 1 && s.token(t).word().equals(",") && isCoreTitle(s.token(t - 1))) {
            t = t - 1;
            titleEnd = t + 1;
        }
        // "President of Ruritania Ana Soto", "Special Envoy for Ruritania Ana Soto": the country between the title and
        // the name is what the title is of.
        if (t >= 2 && after == null && placeOrOrgAt(s, t, byId) != null) {
            String country = placeOrOrgAt(s, t, byId);
            int u = t;
            while (u > 0 && country.equals(placeOrOrgAt(s, u - 1, byId))) {
                u--;
            }
            int titleRun = u - 2;
            while (titleRun > 0 && (isCoreTitle(s.token(titleRun - 1)) || isModifier(s.token(titleRun - 1)))) {
                titleRun--;
            }
            // "Chief of Staff of the Emir of Ruritania Ana Soto" holds an office of an office, not the emirate.
            boolean ofAnOffice = titleRun >= 1 && s.token(titleRun - 1).word().matches("(?i)the|of");
            if (u >= 2 && s.token(u - 1).word().matches("(?i)of|for|to") && isCoreTitle(s.token(u - 2)) && !ofAnOffice) {
                after = country;
                t = u - 2;
                titleEnd = u - 1;
            }
        }
        if (t < 0 || !isCoreTitle(s.token(t))) {
            return null;
        }
        while (t >= 0 && (isCoreTitle(s.token(t)) || isModifier(s.token(t)))) {
            t--;
        }
        int titleStart = t + 1;
        if (titleStart == titleEnd) {
            return null;
        }
        String of = null;
        if (t >= 0) {
            // "Peru's Foreign Minister Ivo Ruiz"
            of = placeOrOrgAt(s, s.token(t).pos().equals("POS") && t >= 1 ? t - 1 : t, byId);
        }
        String title = titleText(s, titleStart, titleEnd);
        if (title.isEmpty()) {
            return null;
        }
        return new Role(title, of != null ? of : after);
    }

    /**
     * "Ana Soto, the Chilean foreign minister, met her Peruvian counterpart Ivo Ruiz": the counterpart holds the same
     * office in the other country, the title of the nearest person named before in the sentence; "counterpart" when
     * no title was given.
     */
    private Role counterpart(Sentence s, int nameStart, String country, Map<String, Entity> byId) {
        String title = "counterpart";
        for (int i = 0; i < nameStart - 1; i++) {
            String other = personAt(s, i, byId);
            if (other == null || (i > 0 && other.equals(personAt(s, i - 1, byId)))) {
                continue;
            }
            Role before = titleBefore(s, i, byId);
            int end = i;
            while (end < s.tokens().size() && other.equals(personAt(s, end, byId))) {
                end++;
            }
            Role after = appositionAfter(s, end, byId);
            Role known = after != null ? after : before;
            if (known != null) {
                title = known.title();
            }
        }
        return new Role(title, country);
    }

    /** "X, the Peruvian ambassador to Spain," or "X, Chile's foreign minister,". */
    private Role appositionAfter(Sentence s, int after, Map<String, Entity> byId) {
        List<Token> toks = s.tokens();
        if (after >= toks.size() || !toks.get(after).word().equals(",")) {
            return null;
        }
        int t = after + 1;
        if (t < toks.size() && toks.get(t).lemma().matches("the|a|an")) {
            t++;
        }
        String of = null;
        while (t < toks.size() && placeOrOrgAt(s, t, byId) != null) {
            of = placeOrOrgAt(s, t, byId);
            t++;
        }
        if (t < toks.size() && toks.get(t).pos().equals("POS")) {
            t++;
        }
        int start = t;
        while (t < toks.size() && isModifier(toks.get(t))) {
            t++;
        }
        if (t >= toks.size() || !isCoreTitle(toks.get(t))) {
            return null;
        }
        while (t < toks.size() && (isCoreTitle(toks.get(t)) || isModifier(toks.get(t)))) {
            t++;
        }
        // "A, Finnish Prime Minister B and ...": a title right before another person's name is that person's.
        if (t < toks.size() && personAt(s, t, byId) != null) {
            return null;
        }
        String title = titleText(s, start, t);
        // "ambassador to Spain" keeps its complement; "minister of X" names what the role is of.
        if (t + 1 < toks.size() && toks.get(t).lemma().equals("of") && placeOrOrgAt(s, t + 1, byId) != null && of == null) {
            of = placeOrOrgAt(s, t + 1, byId);
        } else if (t + 1 < toks.size() && toks.get(t).lemma().equals("to") && placeOrOrgAt(s, t + 1, byId) != null) {
            title = title + " to " + doc.text().substring(toks.get(t + 1).begin(), toks.get(t + 1).end());
        }
        return title.isEmpty() ? null : new Role(title, of);
    }

    private static boolean isCoreTitle(Token t) {
        return t.ner().equals("TITLE") || TitleLexicon.isTitleWord(t.word().toLowerCase(Locale.ROOT));
    }

    private static boolean isModifier(Token t) {
        return TitleLexicon.isTitleModifier(t.word().toLowerCase(Locale.ROOT)) || t.word().equals("-");
    }

    private String titleText(Sentence s, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            String w = s.token(i).word();
            if (w.equals("-") || w.equals(",")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            boolean functionWord = w.equalsIgnoreCase("of") || w.equalsIgnoreCase("for") || w.equalsIgnoreCase("the")
                    || w.equalsIgnoreCase("and");
            sb.append(functionWord ? w.toLowerCase(Locale.ROOT) : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString().replace("Prime minister", "Prime Minister");
    }
}

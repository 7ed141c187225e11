package org.dragoman.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Evidence;
import org.dragoman.model.Gazetteer;
import org.dragoman.model.Role;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.CorefChain;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Finds the named actors and places of an article and merges their mentions: same name, short name
 * ("Soto" for "Ana Soto"), acronym in brackets, demonym ("Chilean" for Chile) and
 * coreference chains. Roles stated next to a name ("Chilean President Ana Soto") are attached.
 */
public final class EntityExtractor {
    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers", "they", "them",
            "their", "theirs", "it", "its", "we", "our", "us", "i", "me", "my");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z]?[A-Z]{1,7}");
    /** A name that opens with initials: "A. Ruiz", "A.B. Ruiz". */
    private static final Pattern INITIALLED = Pattern.compile("(\\p{Lu}\\.\\s*)+\\p{Lu}.*");
    /** An organisation's code: capitals with digits ("G7"), or at least three capitals. */
    private static final Pattern ORGANIZATION_CODE = Pattern.compile("[A-Z][A-Z-]*\\d+[A-Z]?|[A-Z]{3,8}");

    private final Gazetteer gazetteer;
    private final InstitutionFinder institutions;

    private final CapitalSpeakers capitals;

    public EntityExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.institutions = new InstitutionFinder(gazetteer, InstitutionLexicon.bundled());
        this.capitals = CapitalSpeakers.bundled(VerbLexicon.bundled());
    }

    /** A named mention with the type it suggests and the name it gives; {@code body} when it names a state body. */
    private record Named(Mention mention, EntityType type, String name, InstitutionFinder.Found body) {
        Named(Mention mention, EntityType type, String name) {
            this(mention, type, name, null);
        }
    }

    public EntityIndex extract(AnnotatedArticle doc) {
        List<Named> named = namedMentions(doc);
        mistaggedOrganizations(doc, named);
        joinSplitKnownNames(doc, named);
        extendToKnownNames(doc, named);
        extendOverPlacesToKnownNames(doc, named);
        extendPeopleToKnownNames(doc, named);
        extendOverAnd(doc, named);
        extendOverOwningTitle(doc, named);
        extendOverCity(doc, named);
        extendOverBodyTail(doc, named);
        spelledOutBeforeAcronym(doc, named);
        named.addAll(untaggedAliases(doc, named));
        named.addAll(untaggedKnownNames(doc, named));
        named.addAll(untaggedPlacesOfKind(doc, named));
        named.addAll(capitalsOfNamedCountries(doc, named));
        named.addAll(untaggedSurnames(doc, named));
        named.addAll(untaggedBodies(doc, named));
        List<Named> titled = untaggedTitledPeople(doc, named);
        named.addAll(titled);
        // Their surnames too: "Envoy Ivo Ekholm said ... Ekholm flew on", where NER tagged neither. With no one new, a
        // second reading would find nothing the first did not.
        if (!titled.isEmpty()) {
            named.addAll(untaggedSurnames(doc, named));
        }
        retypeSurnames(doc, named);
        citiesByKind(doc, named);
        speakingCapitals(doc, named);
        addInstitutions(doc, named);
        UnionFind uf = new UnionFind(named.size());
        mergeByName(doc, named, uf);
        mergeByCoref(doc, named, uf);

        Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < named.size(); i++) {
            clusters.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
        }
        List<Entity> entities = new ArrayList<>();
        Map<Long, String> tokenToEntity = new HashMap<>();
        Set<String> ids = new HashSet<>();
        Map<Integer, String> clusterIds = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> c : clusters.entrySet()) {
            List<Named> members = c.getValue().stream().map(named::get).toList();
            EntityType type = majorityType(members);
            String label = canonicalLabel(members, type);
            String id = uniqueId(type, label, ids);
            clusterIds.put(c.getKey(), id);
            Set<String> aliases = new LinkedHashSet<>();
            List<Evidence> mentions = new ArrayList<>();
            for (Named n : members) {
                if (!n.name().equals(label)) {
                    aliases.add(n.name());
                }
                if (!n.mention().text().equals(n.name()) && !n.mention().text().equals(label)) {
                    aliases.add(n.mention().text());
                }
                // The body's Wikidata-style name, which the linker looks up in the table.
                if (n.body() != null && n.body().canonical() != null && !n.body().canonical().equals(label)) {
                    aliases.add(n.body().canonical());
                }
                mentions.add(evidence(doc, n.mention()));
                for (int t = n.mention().start(); t < n.mention().end(); t++) {
                    tokenToEntity.put(EntityIndex.key(n.mention().sentence(), t), id);
                }
            }
            entities.add(new Entity(id, type, label, List.copyOf(aliases), mentions, List.of(), null));
        }
        // A body's words are the body, not its country ("the Chilean government" speaks as the government); the
        // owner's name in an owned office stays the owner's ("Ana Soto's office said she ...": "she" is Ana Soto).
        for (int i = 0; i < named.size(); i++) {
            Mention m = named.get(i).mention();
            if (named.get(i).body() != null) {
                for (int t = m.start(); t < m.end(); t++) {
                    tokenToEntity.put(EntityIndex.key(m.sentence(), t), clusterIds.get(uf.find(i)));
                }
            }
        }
        for (int i = 0; i < named.size(); i++) {
            Named n = named.get(i);
            if (n.type() == EntityType.PERSON && named.stream().anyMatch(b -> b.body() != null && b.body().country() == null
                    && b.mention().overlaps(n.mention()))) {
                for (int t = n.mention().start(); t < n.mention().end(); t++) {
                    tokenToEntity.put(EntityIndex.key(n.mention().sentence(), t), clusterIds.get(uf.find(i)));
                }
            }
        }
        addPronounMentions(doc, named, uf, clusterIds, entities, tokenToEntity);
        List<Entity> withRoles = new RoleReader(doc, tokenToEntity, entities).attachRoles();
        withRoles = officeNames(affiliations(named, uf, clusterIds, withRoles));
        withRoles.sort(Comparator.comparingInt(e -> e.mentions().get(0).begin()));
        return new EntityIndex(withRoles, tokenToEntity, officeRoles(withRoles, doc.article().date()));
    }

    /**
     * For each person the table knows by full name, the roles the text states with the offices held on the article's
     * date, of a country or body the article names; only people the table adds an office to are listed.
     */
    private Map<String, List<Role>> officeRoles(List<Entity> entities, java.time.LocalDate date) {
        Map<String, List<Role>> out = new HashMap<>();
        for (Entity e : entities) {
            List<Role> roles = new ArrayList<>(e.roles());
            for (Gazetteer.Office office : e.type() == EntityType.PERSON ? gazetteer.officesHeld(e.label(), date) : List.<Gazetteer.Office>of()) {
                String of = office.of() == null ? null : entities.stream()
                        .filter(x -> (x.type() == EntityType.COUNTRY || x.type() == EntityType.ORGANIZATION)
                                && (x.label().equals(office.of()) || gazetteer.sameThing(x.label(), office.of())))
                        .map(Entity::id).findFirst().orElse(null);
                if (of == null) {
                    continue;
                }
                // "President Ana Soto" told with no country is the presidency the table knows.
                roles.removeIf(r -> r.title().equalsIgnoreCase(office.title()) && r.ofEntity() == null);
                if (roles.stream().noneMatch(r -> r.title().equalsIgnoreCase(office.title()) && of.equals(r.ofEntity()))) {
                    roles.add(new Role(office.title(), of));
                }
            }
            if (!roles.equals(e.roles())) {
                out.put(e.id(), List.copyOf(roles));
            }
        }
        return out;
    }

    private List<Named> namedMentions(AnnotatedArticle doc) {
        List<Named> out = new ArrayList<>();
        Optional<Integer> datelineBegin = org.dragoman.nlp.Datelines.lead(doc.article()).map(org.dragoman.nlp.Dateline::placeBegin);
        for (Mention m : splitTitledPeople(doc, splitDatelines(doc))) {
            Sentence s = doc.sentences().get(m.sentence());
            if (isPronoun(s, m) || runTogetherInHeadline(doc, m) || headOfTitle(s, m) || titleAlone(s, m) || Spans.byline(doc, s)) {
                continue;
            }
            EntityType type = typeOfNer(m.kind());
            String name = knownWithArticle(m.text()).orElse(cleanName(m.text()));
            // "Abu Dhabi." set apart as a dateline: NER may take a place alone in its sentence for a person.
            Optional<EntityType> placeKind = gazetteer.typeOf(name).filter(EntityType::isPlace);
            // "Abu Dhabi", "Addis Ababa": NER may take a place of two words or more for a person's name; the table knows it.
            // "his trip to Lima": so may it take a one-word place right after a preposition of place, when no one named in full
            // in the article bears it as a surname.
            boolean misreadPlace = type == EntityType.PERSON && placeKind.isPresent() && (m.end() - m.start() >= 2
                    || datelineBegin.isPresent() && datelineBegin.get() == m.begin()
                    || afterPlacePreposition(doc, m) && noFullNameEndsWith(doc, name));
            if (misreadPlace) {
                type = placeKind.get();
            }
            if (type == EntityType.PERSON && isGroupName(s, m)) {
                type = EntityType.ORGANIZATION;
            }
            // "met Acmean community leaders": NER may tag an adjective of faith or origin as a person.
            if (type == EntityType.PERSON && m.end() - m.start() == 1 && s.token(m.start()).pos().startsWith("JJ")
                    && s.parents(m.start()).stream().anyMatch(d -> d.base().equals("amod")) && gazetteer.typeOf(name).isEmpty()) {
                continue;
            }
            // "the envoy for Ruritania Ana Soto": NER may run the place a title is for into the name after it.
            // "Governor of Saint Petersburg Ana Soto": NER may leave the place's first word out and take its last.
            boolean placeEndInName = type == EntityType.PERSON && m.end() - m.start() >= 3 && m.start() > 1
                    && s.token(m.start() - 2).word().toLowerCase(Locale.ROOT).matches("for|to|of|on")
                    && s.token(m.start() - 1).isProperNoun()
                    && gazetteer.typeOf(s.token(m.start() - 1).word() + " " + s.token(m.start()).word()).filter(EntityType::isPlace).isPresent();
            if (type == EntityType.PERSON && m.end() - m.start() >= 3 && m.start() > 0
                    && (s.token(m.start() - 1).word().toLowerCase(Locale.ROOT).matches("for|to|of|on")
                    && gazetteer.typeOf(s.token(m.start()).word()).filter(EntityType::isPlace).isPresent() || placeEndInName)) {
                m = withoutFirstWord(doc, s, m);
                name = cleanName(m.text());
            }
            // "Sultan bin Saad Al Ruiz": NER may take a given name that is also a title for the title and leave the
            // patronymic's "bin" out; a capitalised word before "bin" is the given name.
            if (type == EntityType.PERSON && m.start() >= 2 && s.token(m.start() - 1).word().matches("bin|ibn|bint")
                    && s.token(m.start() - 2).pos().equals("NNP") && Character.isUpperCase(s.token(m.start() - 2).word().charAt(0))
                    && !NAME_RANKS.contains(s.token(m.start() - 2).word()) && !HONORIFICS.contains(s.token(m.start() - 2).word())) {
                Token given = s.token(m.start() - 2);
                m = new Mention(m.sentence(), m.start() - 2, m.end(), m.head(), doc.text().substring(given.begin(), m.endChar()),
                        m.kind(), given.begin(), m.endChar());
                name = cleanName(m.text());
            }
            // "Speaker of the National Assembly Ana Soto": NER may take a whole title with its of-phrase into the name; the
            // longest tail the table knows as a person is the name, else the last two words.
            if (type == EntityType.PERSON && m.end() - m.start() >= 5 && s.token(m.start() + 1).word().equals("of")
                    && TitleLexicon.isTitleWord(s.token(m.start()).word().toLowerCase(Locale.ROOT))) {
                int from = m.end() - 2;
                for (int k = m.start() + 3; k < m.end() - 2; k++) {
                    String tail = doc.text().substring(s.token(k).begin(), m.endChar());
                    if (gazetteer.typeOf(tail).filter(t -> t == EntityType.PERSON).isPresent()) {
                        from = k;
                        break;
                    }
                }
                Token first = s.token(from);
                m = new Mention(m.sentence(), from, m.end(), m.head(), doc.text().substring(first.begin(), m.endChar()), m.kind(),
                        first.begin(), m.endChar());
                name = cleanName(m.text());
            }
            // "Mr Soto": NER sometimes takes a courtesy title without a full stop into the name.
            if (type == EntityType.PERSON && m.end() - m.start() >= 2 && HONORIFICS.contains(s.token(m.start()).word())) {
                m = withoutFirstWord(doc, s, m);
                name = cleanName(m.text());
            }
            // "the Rt Hon Dame Ana Soto KC": styles of address and letters after the name are no part of it.
            while (type == EntityType.PERSON && m.end() - m.start() >= 3 && ADDRESS_STYLES.contains(s.token(m.start()).word())) {
                m = withoutFirstWord(doc, s, m);
                name = cleanName(m.text());
            }
            if (type == EntityType.PERSON && m.end() - m.start() >= 3 && POST_NOMINALS.contains(s.token(m.end() - 1).word())) {
                m = withoutLastWord(doc, s, m);
                name = cleanName(m.text());
            }
            // "Sheikh Ana Maria Soto": a rank before a full name is no part of the name that the table and gold
            // use; a short form ("Sheikh Ana") or a name the table knows whole keeps it.
            if (type == EntityType.PERSON && m.end() - m.start() >= 3 && NAME_RANKS.contains(s.token(m.start()).word())
                    && gazetteer.typeOf(name).isEmpty()) {
                m = withoutFirstWord(doc, s, m);
                name = cleanName(m.text());
            }
            // NER files some known bodies under another kind ("IDEOLOGY" for an armed group): the table decides.
            if (type == null && !m.kind().equals("NATIONALITY") && Character.isUpperCase(name.isEmpty() ? 'x' : name.charAt(0))
                    && gazetteer.typeOf(name).orElse(null) == EntityType.ORGANIZATION) {
                type = EntityType.ORGANIZATION;
            }
            if (m.kind().equals("NATIONALITY")) {
                Optional<String> country = gazetteer.countryOfDemonym(name);
                if (country.isEmpty() || regional(s, m)) {
                    continue;
                }
                // A demonym directly before an organisation names that organisation ("Chilean Senate").
                if (m.end() < s.tokens().size() && s.token(m.end()).ner().equals("ORGANIZATION")) {
                    continue;
                }
                out.add(new Named(m, EntityType.COUNTRY, country.get()));
                continue;
            }
            if (type == null || name.isEmpty() || !Character.isLetter(name.codePointAt(0))) {
                continue;
            }
            if (type == EntityType.ORGANIZATION && m.start() > 0 && s.token(m.start() - 1).ner().equals("NATIONALITY")) {
                Token adjective = s.token(m.start() - 1);
                m = new Mention(m.sentence(), m.start() - 1, m.end(), m.head(),
                        doc.text().substring(adjective.begin(), m.endChar()), m.kind(), adjective.begin(), m.endChar());
                name = cleanName(m.text());
            }
            // "Ruritania's Ministry of Youth said": the country is part of the body's name, which alone many states share.
            if (type == EntityType.ORGANIZATION && m.start() >= 2 && s.token(m.start() - 1).pos().equals("POS")
                    && POSSESSED_BODY_HEADS.contains(s.token(m.start()).word().toLowerCase(java.util.Locale.ROOT))
                    && gazetteer.typeOf(s.token(m.start() - 2).word()).orElse(null) == EntityType.COUNTRY) {
                name = cleanName(doc.text().substring(s.token(m.start() - 2).begin(), m.endChar()));
            }
            EntityType known = gazetteer.typeOf(name).orElse(null);
            if (known != null && (known.isPlace() == type.isPlace() || type == EntityType.PLACE)) {
                type = known;
            } else if (known == null && type == EntityType.PLACE) {
                // Without CoreNLP's city list a city is a LOCATION: the table tells which, where one place has the name.
                type = gazetteer.placeTypeOf(name).orElse(type);
            }
            // "leaders of the Acme Alliance": NER may take a body's name for a place; a word that ends bodies' names
            // tells it is one.
            if (known == null && type == EntityType.PLACE && m.end() - m.start() >= 2
                    && NAME_TAILS.contains(s.token(m.end() - 1).word().toLowerCase(Locale.ROOT))) {
                type = EntityType.ORGANIZATION;
            }
            out.add(new Named(m, type, name));
        }
        return out;
    }

    /**
     * State bodies named by a common noun with their country ("the Chilean foreign ministry") or by a name of
     * their own ("the Kremlin"). A body replaces an organisation or place mention NER made of the same words; the
     * country's own mention ("Chilean") stays, so the country remains an entity for the body's affiliation.
     */
    private void addInstitutions(AnnotatedArticle doc, List<Named> named) {
        for (InstitutionFinder.Found f : institutions.find(doc)) {
            Mention m = f.mention();
            List<Named> overlapping = named.stream().filter(n -> n.mention().overlaps(m)).toList();
            // A person's name in the span ("Ana Soto's government") is not a body's; a country NER took for a person
            // ("Burkina Faso's government") is, and so is the owner of an office ("Ana Soto's office").
            // "the Chilean embassy in Kyiv" with the city taken for a person is the embassy too.
            if (f.country() != null && overlapping.stream().anyMatch(n -> n.type() == EntityType.PERSON
                    && gazetteer.typeOf(n.name()).filter(t -> t == EntityType.COUNTRY || t == EntityType.CITY).isEmpty())) {
                continue;
            }
            // The owner of an office keeps the name ("Ana Soto's office": Ana Soto is still named).
            named.removeIf(n -> n.mention().overlaps(m) && n.type() != EntityType.COUNTRY && !(f.country() == null && n.type() == EntityType.PERSON));
            named.add(new Named(m, EntityType.ORGANIZATION, f.name(), f));
        }
        // Bodies NER tagged itself ("the State Department") get their country from the lexicon too.
        for (int i = 0; i < named.size(); i++) {
            Named n = named.get(i);
            if (n.body() == null && n.type() == EntityType.ORGANIZATION) {
                Optional<InstitutionFinder.Found> f = institutions.named(n.mention(), n.name());
                if (f.isPresent()) {
                    named.set(i, new Named(n.mention(), n.type(), n.name(), f.get()));
                }
            }
        }
    }

    /** "Ana Soto's office": the owner's last name before "'s office". */
    private static final java.util.regex.Pattern OWNED_OFFICE = java.util.regex.Pattern.compile("(?:.*\\s)?(\\p{L}[\\p{L}-]*)'s office");

    /**
     * "Ana Soto's office", where she is titled prime minister of Ruritania: the office takes the name of the post
     * ("Office of the Prime Minister of Ruritania"), as reference works name such bodies; the owner's name stays an
     * alias. The office of one who heads no state or government, or of no country told, keeps the owner's name: a trade
     * envoy's office has a name of its own the text does not give.
     */
    private static List<Entity> officeNames(List<Entity> entities) {
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            java.util.regex.Matcher m = OWNED_OFFICE.matcher(e.label());
            if (e.type() != EntityType.ORGANIZATION || !m.matches()) {
                out.add(e);
                continue;
            }
            List<Entity> owners = entities.stream().filter(p -> p.type() == EntityType.PERSON
                    && lastWord(p.label()).equalsIgnoreCase(m.group(1))).toList();
            Optional<String> post = owners.size() != 1 ? Optional.empty() : owners.get(0).roles().stream()
                    .filter(r -> TitleLexicon.isHeadTitle(r.title()) && r.ofEntity() != null && byId.containsKey(r.ofEntity())
                            && byId.get(r.ofEntity()).type() == EntityType.COUNTRY)
                    .findFirst().map(r -> "Office of the " + postTitle(r.title()) + " of " + byId.get(r.ofEntity()).label());
            if (post.isEmpty()) {
                out.add(e);
                continue;
            }
            List<String> aliases = new ArrayList<>(List.of(e.label()));
            e.aliases().stream().filter(a -> !aliases.contains(a) && !a.equals(post.get())).forEach(aliases::add);
            out.add(new Entity(e.id(), e.type(), post.get(), aliases, e.mentions(), e.roles(), e.link()));
        }
        return out;
    }

    private static String lastWord(String label) {
        return label.substring(label.lastIndexOf(' ') + 1);
    }

    /** "prime minister" as "Prime Minister"; the small words of a title stay lower case. */
    private static String postTitle(String title) {
        StringBuilder out = new StringBuilder();
        for (String w : title.split(" ")) {
            out.append(out.length() == 0 ? "" : " ")
                    .append(w.matches("of|for|the|and") || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }

    /** Each state body is affiliated with its country, where the article names that country. */
    private static List<Entity> affiliations(List<Named> named, UnionFind uf, Map<Integer, String> clusterIds,
                                             List<Entity> entities) {
        Map<String, InstitutionFinder.Found> bodies = new HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            if (named.get(i).body() != null) {
                bodies.putIfAbsent(clusterIds.get(uf.find(i)), named.get(i).body());
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            InstitutionFinder.Found body = bodies.get(e.id());
            Optional<Entity> country = body == null ? Optional.empty() : entities.stream()
                    .filter(c -> c.type() == EntityType.COUNTRY && c.label().equals(body.country())).findFirst();
            if (country.isPresent()) {
                List<Role> roles = new ArrayList<>(e.roles());
                roles.add(new Role(body.title(), country.get().id()));
                e = e.withRoles(roles);
            }
            out.add(e);
        }
        return out;
    }

    /** "Beijing accused ...": a capital that reports speaks for its state ({@link CapitalSpeakers}). */
    private void speakingCapitals(AnnotatedArticle doc, List<Named> named) {
        for (int i = 0; i < named.size(); i++) {
            Named n = named.get(i);
            if (n.type() != EntityType.CITY) {
                continue;
            }
            Sentence s = doc.sentences().get(n.mention().sentence());
            Optional<String> actor = capitals.speakerFor(s, n.mention().head(), n.name(), gazetteer);
            if (actor.isPresent()) {
                EntityType type = gazetteer.typeOf(actor.get()).orElse(EntityType.COUNTRY);
                named.set(i, new Named(n.mention(), type, actor.get()));
            }
        }
    }

    /**
     * "Haruto Kanzaki met ... Kanzaki arrived": NER may tag an unfamiliar surname alone as an organisation or a
     * location, or a city. A lone such word equal to the surname of one person named in full in the article, and
     * unknown to the table, is that person; a city only where no "in", "to", "from" or the like comes before it.
     */
    private void retypeSurnames(AnnotatedArticle doc, List<Named> named) {
        Map<String, Set<String>> fullNames = new HashMap<>();
        for (Named n : named) {
            if (n.type() == EntityType.PERSON && words(n.name()).size() >= 2) {
                fullNames.computeIfAbsent(familyName(n.name()), k -> new HashSet<>()).add(n.name());
                // "Ivo Ruiz Soto ... Ruiz arrived": the first of two surnames is a surname too.
                String first = firstOfTwoSurnames(n.name());
                if (first != null) {
                    fullNames.computeIfAbsent(first, k -> new HashSet<>()).add(n.name());
                }
            }
        }
        Set<String> personNames = named.stream().filter(n -> n.type() == EntityType.PERSON).map(n -> familyName(n.name()))
                .collect(Collectors.toSet());
        // "Acme News": a word that is part of a longer organisation's name is that organisation's.
        Set<String> organisationWords = new HashSet<>();
        for (Named n : named) {
            if (n.type() == EntityType.ORGANIZATION && words(n.name()).size() >= 2) {
                organisationWords.addAll(words(n.name()));
            }
        }
        for (int i = 0; i < named.size(); i++) {
            Named n = named.get(i);
            boolean loneWord = n.mention().end() - n.mention().start() == 1 && words(n.name()).size() == 1
                    && !organisationWords.contains(words(n.name()).get(0));
            // A town's name the city list knows is still the surname where no preposition makes it a place.
            boolean town = n.type() == EntityType.CITY && !afterPlacePreposition(doc, n.mention());
            // "Ana Austin ... Austin is scheduled to travel": a word the table knows as a person's name, or as a city's
            // where it is a clause's subject, is still the surname of the one person named so in full.
            Optional<EntityType> known = gazetteer.typeOf(n.name());
            boolean asSubject = Arguments.isSubject(doc.sentences().get(n.mention().sentence()), n.mention().head());
            boolean unknownOrSurname = known.isEmpty() || known.get() == EntityType.PERSON
                    || town && known.get() == EntityType.CITY && asSubject;
            if ((n.type() == EntityType.ORGANIZATION || n.type() == EntityType.PLACE || town) && n.body() == null && loneWord && n.name().length() >= 3
                    && fullNames.getOrDefault(n.name(), Set.of()).size() == 1 && unknownOrSurname) {
                named.set(i, new Named(n.mention(), EntityType.PERSON, n.name()));
            } else if (n.type() == EntityType.PLACE && n.body() == null && words(n.name()).size() >= 2 && personNames.contains(familyName(n.name()))
                    && gazetteer.typeOf(n.name()).isEmpty() && gazetteer.placeTypeOf(n.name()).isEmpty()) {
                // "Envoy Ivo de Souza flew to Lima ... de Souza held talks": NER may take an unfamiliar full name for a
                // place where it knows the surname as a person's elsewhere in the article.
                named.set(i, new Named(n.mention(), EntityType.PERSON, n.name()));
            } else if (n.type() == EntityType.PERSON && loneWord && !fullNames.containsKey(n.name()) && destination(doc, n.mention())) {
                // "could travel to Ruritburg": a lone word NER took for a person, where a trip ends, is the place.
                named.set(i, new Named(n.mention(), EntityType.PLACE, n.name()));
            } else if (n.type() == EntityType.PERSON && loneWord && !fullNames.containsKey(n.name())
                    && known.orElse(null) == EntityType.COUNTRY) {
                // "visited Eswatini": NER may take a country it rarely saw for a person; one that is nobody's surname
                // here is the country the table knows.
                named.set(i, new Named(n.mention(), EntityType.COUNTRY, n.name()));
            }
        }
    }

    private static final Set<String> VISIT_VERBS = WordLists.MEETING.get("visit-verb");

    /** Whether the mention is the to- or into-phrase of a verb of travel ("visited X" may be a person). */
    private static boolean destination(AnnotatedArticle doc, Mention m) {
        Sentence s = doc.sentences().get(m.sentence());
        return s.parents(m.head()).stream().anyMatch(d -> d.governor() >= 0
                && VISIT_VERBS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))
                && (d.relation().equals("obl:to") || d.relation().equals("obl:into")));
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "from", "at", "near", "into", "outside", "via");

    /** Whether no person mention of two words or more ends with {@code word}. */
    private static boolean noFullNameEndsWith(AnnotatedArticle doc, String word) {
        return doc.entityMentions().stream().noneMatch(o -> o.kind().equals("PERSON") && o.text().contains(" ")
                && o.text().endsWith(" " + word));
    }

    private static boolean beforeProperNoun(AnnotatedArticle doc, Mention m) {
        Sentence s = doc.sentences().get(m.sentence());
        return m.end() < s.tokens().size() && s.token(m.end()).isProperNoun();
    }

    private static boolean afterPlacePreposition(AnnotatedArticle doc, Mention m) {
        return m.start() > 0 && PLACE_PREPOSITIONS.contains(
                doc.sentences().get(m.sentence()).token(m.start() - 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "Jessica Ditto said ... Ditto said": NER sometimes misses a surname it tagged in full elsewhere. A capitalised
     * word equal to the surname of a person named in full in the article is that person, unless the word is also
     * the surname of someone else there; so is the given name of a name with a patronymic ("bin", "bint", "ibn"),
     * by which such names are shortened, unless two such names share it; and an untagged given name alone as a
     * clause's argument, when one person named in full bears it.
     */
    private List<Named> untaggedSurnames(AnnotatedArticle doc, List<Named> named) {
        Map<String, Named> bySurname = new HashMap<>();
        Set<String> shared = new HashSet<>();
        Set<Long> taken = takenTokens(named);
        Map<String, Set<String>> byGiven = new HashMap<>();
        for (Named n : named) {
            List<String> words = words(n.name());
            if (n.type() != EntityType.PERSON || words.size() < 2) {
                continue;
            }
            // "Ahmad bin Yusuf Al Tamimi ... Ahmad said": a name with a patronymic is shortened to its given name.
            List<String> keys = new ArrayList<>(List.of(familyName(n.name())));
            List<String> tokens = List.of(n.name().strip().split("\\s+"));
            if (tokens.size() > 2 && tokens.subList(1, tokens.size() - 1).stream().anyMatch(w -> w.matches("bin|bint|ibn"))) {
                keys.add(tokens.get(0));
            }
            // "Ivo Ruiz Soto ... Ruiz will travel": the first of two surnames.
            String first = firstOfTwoSurnames(n.name());
            if (first != null && Character.isUpperCase(first.charAt(0))) {
                keys.add(first);
            }
            for (String key : keys) {
                Named before = bySurname.putIfAbsent(key, n);
                // "Khalid al-Attiyah ... al-Attiyah", "Bin Alawi ... bin Alawi": a shorter or recased telling of one
                // name is the same person, whom the longer names best.
                if (before != null && endsWithName(n.name(), before.name())) {
                    bySurname.put(key, n);
                } else if (before != null && !endsWithName(before.name(), n.name())) {
                    shared.add(key);
                }
            }
            if (tokens.size() >= 2) {
                byGiven.computeIfAbsent(tokens.get(0), k -> new HashSet<>()).add(n.name());
            }
        }
        // "Ahmad bin Yusuf" beside "Ahmad Karimi": a given name two people share names neither.
        byGiven.forEach((given, names) -> {
            if (names.size() > 1 && bySurname.containsKey(given)) {
                shared.add(given);
            }
        });
        // "al-Mabrouk" opening a sentence as "Al-Mabrouk": hyphenated surnames are compared without case.
        Map<String, String> hyphenated = new HashMap<>();
        bySurname.keySet().stream().filter(k -> k.contains("-")).forEach(k -> hyphenated.put(k.toLowerCase(java.util.Locale.ROOT), k));
        List<Named> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                Named full = bySurname.get(t.word());
                // "Xi", "Hu": a Chinese or Korean family name may have two letters, when tagged a proper noun ("He" is a pronoun).
                boolean longEnough = t.word().length() >= 3 || t.pos().startsWith("NNP")
                        && (CHINESE_FAMILY_NAMES.contains(t.word()) || KOREAN_FAMILY_NAMES.contains(t.word()));
                // "Mrs May", "Mr March": NER tags a surname that is also a month as a date.
                boolean monthAfterHonorific = t.ner().matches("DATE|TIME") && t.index() > 0
                        && HONORIFICS.contains(s.token(t.index() - 1).word());
                if (full != null && longEnough && !shared.contains(t.word())
                        && !taken.contains(EntityIndex.key(s.index(), t.index())) && (t.ner().equals("O") || monthAfterHonorific)) {
                    Mention m = new Mention(s.index(), t.index(), t.index() + 1, t.index(), t.word(), "PERSON", t.begin(), t.end());
                    out.add(new Named(m, EntityType.PERSON, t.word()));
                }
                // "Ruritanian Prime Minister Tesfa Alemu ... Tesfa is due to fly", "talks with Tesfa": some names are
                // shortened to the given name; an untagged one that only one person named in full bears, as a subject,
                // object or oblique (not inside another name), is that person.
                Set<String> givenTo = byGiven.getOrDefault(t.word(), Set.of());
                if (full == null && givenTo.size() == 1 && !bySurname.containsKey(t.word()) && t.word().length() >= 3 && t.pos().equals("NNP")
                        && t.ner().equals("O") && !taken.contains(EntityIndex.key(s.index(), t.index()))
                        && s.parents(t.index()).stream().anyMatch(d -> d.base().matches("nsubj|obj|obl|nmod|conj"))) {
                    Mention m = new Mention(s.index(), t.index(), t.index() + 1, t.index(), t.word(), "PERSON", t.begin(), t.end());
                    out.add(new Named(m, EntityType.PERSON, givenTo.iterator().next()));
                }
                // "Okonkwo-Bello said": a hyphenated surname the tokenizer split in three, whatever NER made of it.
                int last = t.index() + 2;
                if (last < s.tokens().size() && s.token(t.index() + 1).word().equals("-")) {
                    String joined = hyphenated.get((t.word() + "-" + s.token(last).word()).toLowerCase(java.util.Locale.ROOT));
                    boolean free = java.util.stream.IntStream.rangeClosed(t.index(), last)
                            .noneMatch(i -> taken.contains(EntityIndex.key(s.index(), i)));
                    if (joined != null && !shared.contains(joined) && free) {
                        Mention m = new Mention(s.index(), t.index(), last + 1, last, joined, "PERSON", t.begin(), s.token(last).end());
                        out.add(new Named(m, EntityType.PERSON, joined));
                    }
                }
            }
        }
        return out;
    }

    /** Whether {@code name} equals {@code tail} or ends with it as whole words, case aside. */
    private static boolean endsWithName(String name, String tail) {
        String a = name.strip().toLowerCase(java.util.Locale.ROOT);
        String b = tail.strip().toLowerCase(java.util.Locale.ROOT);
        return a.equals(b) || a.endsWith(" " + b);
    }

    /**
     * "in La Paz" tagged as a region "La" and a place "Paz": two named mentions side by side whose joined words the
     * table knows as one name are that name, of the table's type. So are two joined by "of", "of the" or "for" ("the
     * Acme Committee of the Blue Shield" tagged as "Acme Committee" and "Blue Shield").
     */
    private void joinSplitKnownNames(AnnotatedArticle doc, List<Named> named) {
        Map<Long, Named> byStart = new HashMap<>();
        for (Named n : named) {
            if (n.body() == null) {
                byStart.put(EntityIndex.key(n.mention().sentence(), n.mention().start()), n);
            }
        }
        for (int i = 0; i < named.size(); i++) {
            Mention a = named.get(i).mention();
            Named next = named.get(i).body() == null ? nextAfter(doc, a, byStart) : null;
            String joined = next == null ? null : doc.text().substring(a.begin(), next.mention().endChar());
            Optional<EntityType> type = joined == null ? Optional.empty() : gazetteer.typeOf(joined);
            if (type.isPresent()) {
                Mention b = next.mention();
                Named whole = new Named(new Mention(a.sentence(), a.start(), b.end(), b.head(), joined, b.kind(), a.begin(), b.endChar()),
                        type.get(), joined);
                named.set(i, whole);
                named.remove(next);
                byStart.remove(EntityIndex.key(b.sentence(), b.start()));
                byStart.put(EntityIndex.key(a.sentence(), a.start()), whole);
                // The whole may join the name after it too; the removal may have moved it down one place.
                i = named.indexOf(whole) - 1;
            }
        }
    }

    /** The named mention right after {@code a}, or after a joining "of", "of the" or "for" after it; null when none. */
    private static Named nextAfter(AnnotatedArticle doc, Mention a, Map<Long, Named> byStart) {
        Sentence s = doc.sentences().get(a.sentence());
        Named next = byStart.get(EntityIndex.key(a.sentence(), a.end()));
        if (next != null || a.end() >= s.tokens().size() || !s.token(a.end()).word().matches("of|for")) {
            return next;
        }
        boolean article = a.end() + 1 < s.tokens().size() && s.token(a.end() + 1).word().equals("the");
        return byStart.get(EntityIndex.key(a.sentence(), a.end() + (article ? 2 : 1)));
    }

    /**
     * "the U.N. refugee agency", "the Acme Union's trade commission": an organisation NER tagged by its first words, whose
     * name with the common nouns after it is one the table knows, is that whole name (the longest, up to three words
     * more) and a body other than the one the first words name. The table decides; nothing is extended on a guess.
     */
    /** How many tokens past an organisation's tagged words its name may run on ("... and Co - operation in Europe"). */
    private static final int LONG_NAME_TOKENS = 7;

    /**
     * "the Organization for Security and Co-operation in Europe": NER may end an organisation's name at a hyphenated
     * word and tag its last word a place. Where the words after it, places included, complete a name the table knows
     * as an organisation's, the organisation takes them and the places inside go. A person's name is never taken.
     */
    private void extendOverPlacesToKnownNames(AnnotatedArticle doc, List<Named> named) {
        for (int i = 0; i < named.size(); i++) {
            Named n = named.get(i);
            Mention m = n.mention();
            if (n.type() != EntityType.ORGANIZATION || n.body() != null) {
                continue;
            }
            Sentence s = doc.sentences().get(m.sentence());
            for (int end = Math.min(s.tokens().size(), m.end() + LONG_NAME_TOKENS); end > m.end() + 1; end--) {
                int last = end;
                List<Named> inside = named.stream().filter(o -> o != n && o.mention().sentence() == m.sentence()
                        && o.mention().start() < last && o.mention().end() > m.end()).toList();
                // Only across a place, and to a word: "(UNHCR" is no part of the name before it.
                boolean places = !inside.isEmpty() && Character.isLetterOrDigit(s.token(last - 1).word().charAt(0))
                        && inside.stream().allMatch(o -> o.mention().start() >= m.end() && o.mention().end() <= last
                        && (o.type() == EntityType.PLACE || o.type() == EntityType.COUNTRY || o.type() == EntityType.CITY));
                Named extended = places ? otherKnownBody(doc, s, n, last) : null;
                if (extended != null) {
                    named.set(i, extended);
                    named.removeAll(inside);
                    i = named.indexOf(extended);
                    break;
                }
            }
        }
    }

    /**
     * The organisation named {@code n} extended to token {@code last} (exclusive), when the longer words are a name the
     * table knows as another organisation's ("BRICS group" is BRICS: only "U.N." to "U.N. refugee agency" extends); null
     * otherwise.
     */
    private Named otherKnownBody(AnnotatedArticle doc, Sentence s, Named n, int last) {
        Mention m = n.mention();
        String longer = doc.text().substring(m.begin(), s.token(last - 1).end());
        if (gazetteer.typeOf(longer).orElse(null) != EntityType.ORGANIZATION || gazetteer.sameThing(n.name(), longer)) {
            return null;
        }
        return new Named(new Mention(m.sentence(), m.start(), last, last - 1, longer, m.kind(), m.begin(), s.token(last - 1).end()),
                EntityType.ORGANIZATION, longer);
    }

    private void extendToKnownNames(AnnotatedArticle doc, List<Named> named) {
        Set<Long> taken = takenTokens(named);
        for (int i = 0; i < named.size(); i++) {
            Named n = named.get(i);
            Mention m = n.mention();
            if (n.type() != EntityType.ORGANIZATION || n.body() != null) {
                continue;
            }
            Sentence s = doc.sentences().get(m.sentence());
            for (int end = Math.min(s.tokens().size(), m.end() + 3); end > m.end(); end--) {
                final int last = end;
                boolean free = java.util.stream.IntStream.range(m.end(), end).noneMatch(t -> taken.contains(EntityIndex.key(s.index(), t))
                        || !s.token(t).isNoun() || s.token(t).isProperNoun());
                if (!free) {
                    continue;
                }
                Named extended = otherKnownBody(doc, s, n, last);
                if (extended != null) {
                    named.set(i, extended);
                    break;
                }
            }
        }
    }

    /**
     * "Ivo-Marek Soto" where NER tagged only "Soto": untagged capitalised words (hyphens allowed), or proper nouns NER
     * took for a time or number, right before a person's name join it when the whole is a person the table knows.
     * Likewise a place's: "Saint Lima" where NER took "Saint" for a title and tagged only "Lima" is the place the table
     * knows by the whole name.
     */
    private void extendPeopleToKnownNames(AnnotatedArticle doc, List<Named> named) {
        Set<Long> taken = takenTokens(named);
        for (int i = 0; i < named.size(); i++) {
            Named n = named.get(i);
            Mention m = n.mention();
            boolean place = n.type().isPlace() && n.body() == null;
            if (n.type() != EntityType.PERSON && !place) {
                continue;
            }
            Sentence s = doc.sentences().get(m.sentence());
            int start = m.start();
            for (int back = 1; back <= 3 && start - back >= 0; back++) {
                Token t = s.token(start - back);
                // NER may take a name's first word for a unit of time ("Min" for minutes), a place's for a title.
                boolean untagged = t.ner().equals("O") || t.ner().matches("DURATION|DATE|NUMBER|SET") && t.isProperNoun()
                        || place && t.ner().equals("TITLE");
                boolean free = !taken.contains(EntityIndex.key(s.index(), t.index())) && untagged
                        && (t.isProperNoun() && Character.isUpperCase(t.word().charAt(0)) || t.word().equals("-"));
                if (!free) {
                    break;
                }
                String longer = doc.text().substring(t.begin(), m.endChar());
                Optional<EntityType> known = place ? gazetteer.placeTypeOf(longer)
                        : gazetteer.typeOf(longer).filter(k -> k == EntityType.PERSON);
                if (!t.word().equals("-") && known.isPresent()) {
                    Mention extended = new Mention(m.sentence(), t.index(), m.end(), m.head(), longer, m.kind(), t.begin(), m.endChar());
                    named.set(i, new Named(extended, known.get(), cleanName(longer)));
                    break;
                }
            }
        }
    }

    /**
     * "the Peace and Security Council": NER often tags an organisation's name from the word after its "and". A capitalised
     * untagged word and "and" right before it, after a determiner, a possessive or nothing, belong to the name.
     */
    private static void extendOverAnd(AnnotatedArticle doc, List<Named> named) {
        extendOrganizationsLeft(doc, named, (s, m, taken) -> {
            Token and = s.token(m.start() - 1);
            Token first = s.token(m.start() - 2);
            // "the AU Peace and Security Council": an acronym before the name is its owner, not a word of it.
            boolean opens = m.start() == 2 || s.token(m.start() - 3).pos().matches("DT|POS|PRP\\$")
                    || s.token(m.start() - 3).word().matches("\\p{Lu}{2,}");
            boolean joined = and.word().equals("and") && first.isNoun() && Character.isUpperCase(first.word().charAt(0))
                    && first.ner().equals("O") && opens && !taken.contains(EntityIndex.key(s.index(), first.index()));
            return joined ? first.index() : -1;
        });
    }

    /**
     * "the Prime Minister's Office", "the Chancellor's Media Division": NER tags the body and leaves out the title that
     * owns it; the name is the whole phrase after "the". Only capitalised title words right after "the" (or the
     * sentence's start), before "'s".
     */
    private static void extendOverOwningTitle(AnnotatedArticle doc, List<Named> named) {
        extendOrganizationsLeft(doc, named, (s, m, taken) -> {
            if (!s.token(m.start() - 1).pos().equals("POS")) {
                return -1;
            }
            int first = m.start() - 1;
            while (first > 0 && TitleLexicon.isTitleWord(s.token(first - 1).word().toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(s.token(first - 1).word().charAt(0)) && !taken.contains(EntityIndex.key(s.index(), first - 1))) {
                first--;
            }
            boolean opens = first == 0 || s.token(first - 1).word().equalsIgnoreCase("the");
            return first < m.start() - 1 && opens ? first : -1;
        });
    }

    /**
     * "The Ruritanian Embassy in Lima said": an embassy or consulate NER tagged is known by its city, which joins its
     * name (and is no place mention of its own there), so that the embassies in two cities stay two actors.
     */
    private void extendOverCity(AnnotatedArticle doc, List<Named> named) {
        for (int i = 0; i < named.size(); i++) {
            Named n = named.get(i);
            Mention m = n.mention();
            Sentence s = doc.sentences().get(m.sentence());
            if (n.type() != EntityType.ORGANIZATION || n.body() != null || m.end() + 1 >= s.tokens().size()
                    || !cityKnown(s, m) || !s.token(m.end()).word().equals("in")) {
                continue;
            }
            int from = m.end() + 1;
            int end = institutions.seatEnd(s, from);
            if (end == from) {
                continue;
            }
            Mention city = new Mention(m.sentence(), from, end, end - 1, "", "LOCATION", s.token(from).begin(), s.token(end - 1).end());
            named.removeIf(c -> c != n && c.mention().overlaps(city));
            i = named.indexOf(n);
            Token last = s.token(end - 1);
            String longer = doc.text().substring(m.begin(), last.end());
            named.set(i, new Named(new Mention(m.sentence(), m.start(), end, m.head(), longer, m.kind(), m.begin(), last.end()),
                    EntityType.ORGANIZATION, cleanName(longer)));
        }
    }

    private static final Set<String> CITY_KNOWN_BODIES = WordLists.BODIES.get("city-known-body");

    /**
     * "the Acme Regional Forum": NER may tag only the first word, a body's own name, of a longer body named after it. An
     * organisation mention followed by capitalised words NER left untagged that end with a word ending organisations'
     * names ({@code name-tail}) is that longer body, which the table then tells apart from the first.
     */
    private static void extendOverBodyTail(AnnotatedArticle doc, List<Named> named) {
        Set<Long> taken = takenTokens(named);
        for (int i = 0; i < named.size(); i++) {
            Named n = named.get(i);
            Mention m = n.mention();
            Sentence s = doc.sentences().get(m.sentence());
            if (n.type() != EntityType.ORGANIZATION || n.body() != null || m.sentence() == 0 && Spans.headline(doc)) {
                continue;
            }
            int end = m.end();
            while (end < s.tokens().size() && s.token(end).pos().equals("NNP") && free(s, end, taken)
                    && !NAME_TAILS.contains(s.token(end).word().toLowerCase(Locale.ROOT))) {
                end++;
            }
            if (end == m.end() || end >= s.tokens().size() || !free(s, end, taken)
                    || !NAME_TAILS.contains(s.token(end).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Token tail = s.token(end);
            String longer = doc.text().substring(m.begin(), tail.end());
            named.set(i, new Named(new Mention(m.sentence(), m.start(), end + 1, end, longer, m.kind(), m.begin(), tail.end()),
                    EntityType.ORGANIZATION, cleanName(longer)));
        }
    }

    /** Whether the mention ends with the word or the two words of a body known by its city ("Embassy", "High Commission"). */
    private static boolean cityKnown(Sentence s, Mention m) {
        String last = s.token(m.end() - 1).word().toLowerCase(Locale.ROOT);
        String lastTwo = m.end() - m.start() >= 2 ? s.token(m.end() - 2).word().toLowerCase(Locale.ROOT) + " " + last : last;
        return CITY_KNOWN_BODIES.contains(last) || CITY_KNOWN_BODIES.contains(lastTwo);
    }

    /** Where an organisation's name really starts, before the mention NER gave; -1 to leave the mention as it is. */
    private interface NameStart {
        int of(Sentence s, Mention m, Set<Long> taken);
    }

    /** Each organisation mention NER tagged (no body, two tokens or more into its sentence) widened to its name's start. */
    private static void extendOrganizationsLeft(AnnotatedArticle doc, List<Named> named, NameStart start) {
        Set<Long> taken = takenTokens(named);
        for (int i = 0; i < named.size(); i++) {
            Named n = named.get(i);
            Mention m = n.mention();
            if (n.type() != EntityType.ORGANIZATION || n.body() != null || m.start() < 2) {
                continue;
            }
            Sentence s = doc.sentences().get(m.sentence());
            int first = start.of(s, m, taken);
            if (first >= 0 && first < m.start()) {
                int begin = s.token(first).begin();
                String longer = doc.text().substring(begin, m.endChar());
                named.set(i, new Named(new Mention(m.sentence(), first, m.end(), m.head(), longer, m.kind(), begin, m.endChar()),
                        EntityType.ORGANIZATION, longer));
            }
        }
    }

    /**
     * "South American ministers", "Latin American states": a demonym after a word of region that forms no demonym
     * with it names a region, not the country ("South Korean" does form one and stays).
     */
    private boolean regional(Sentence s, Mention m) {
        if (m.start() == 0 || m.end() - m.start() != 1) {
            return false;
        }
        String before = s.token(m.start() - 1).word();
        return REGION_WORDS.contains(before.toLowerCase(java.util.Locale.ROOT))
                && gazetteer.countryOfDemonym(before + " " + s.token(m.start()).word()).isEmpty();
    }

    /** The tokens the named mentions already cover, as {@link EntityIndex#key} values. */
    private static Set<Long> takenTokens(List<Named> named) {
        Set<Long> taken = new HashSet<>();
        for (Named n : named) {
            for (int t = n.mention().start(); t < n.mention().end(); t++) {
                taken.add(EntityIndex.key(n.mention().sentence(), t));
            }
        }
        return taken;
    }

    /**
     * The family name of a person's full name: the last word, or the first where the name is written family name
     * first with a hyphenated given name ("Park Ji-hoon", "Kim Hye-kyung"), as Korean names are in English news, or
     * with a Korean or Chinese family name before a given name of one or two syllables ("Wang Jianguo", "Pak Son Il").
     */
    /** The first of two surnames of a name of three words whose family name is its last ("Ruiz" of "Ivo Ruiz Soto"); else null. */
    static String firstOfTwoSurnames(String name) {
        String[] parts = name.trim().split("\\s+");
        return parts.length == 3 && familyName(name).equals(parts[2]) ? parts[1] : null;
    }

        static String familyName(String name) {
        String[] parts = name.trim().split("\\s+");
        if (parts.length == 2 && parts[1].matches("\\p{Lu}\\p{Ll}+-\\p{Ll}+") && parts[0].matches("\\p{Lu}\\p{Ll}{1,4}")) {
            return parts[0];
        }
        // "Wang Jianguo": a Chinese family name before a one-word given name that ends as Pinyin syllables do.
        if (parts.length == 2 && CHINESE_FAMILY_NAMES.contains(parts[0]) && parts[1].matches("\\p{Lu}\\p{Ll}*([aeiouv]|n|ng|r)")) {
            return parts[0];
        }
        // "Pak Jin": a Korean family name before a given name of one syllable.
        if (parts.length == 2 && KOREAN_FAMILY_NAMES.contains(parts[0]) && parts[1].matches("\\p{Lu}\\p{Ll}{1,3}")
                && parts[1].matches(".*([aeiou]|n|ng|k|l|m|p)")) {
            return parts[0];
        }
        // "Pak Son Il": a Korean family name before a given name written as two single syllables.
        if (parts.length == 3 && KOREAN_FAMILY_NAMES.contains(parts[0]) && parts[1].matches("\\p{Lu}\\p{Ll}{1,4}")
                && parts[2].matches("\\p{Lu}\\p{Ll}{1,4}")) {
            return parts[0];
        }
        return parts[parts.length - 1];
    }

    /** Common Chinese family names in Pinyin (names.tsv), which Chinese names put first. */
    private static final Set<String> CHINESE_FAMILY_NAMES = WordLists.NAMES.get("chinese-family-name");
    /** Common Korean family names (names.tsv), which Korean names put first. */
    private static final Set<String> KOREAN_FAMILY_NAMES = WordLists.NAMES.get("korean-family-name");
    private static final Set<String> HONORIFICS = WordLists.NAMES.get("honorific");
    private static final Set<String> NAME_RANKS = WordLists.NAMES.get("name-rank");
    private static final Set<String> ADDRESS_STYLES = WordLists.NAMES.get("address-style");
    private static final Set<String> POST_NOMINALS = WordLists.NAMES.get("post-nominal");
    private static final Set<String> POSSESSED_BODY_HEADS = WordLists.BODIES.get("possessed-body-head");
    private static final Set<String> REGION_WORDS = WordLists.BODIES.get("region-word");

    /**
     * "the Acme High Commission for Ports (AHCP) said": the capitalised words right before the acronym in brackets of a
     * body the table knows, whose initials spell it (a word in capitals gives all its letters), name that body, whatever NER
     * tagged in them; a title among them ("Commission", "Commissioner") then names no person. A person's name is
     * never overruled.
     */
    private void spelledOutBeforeAcronym(AnnotatedArticle doc, List<Named> named) {
        for (Named n : List.copyOf(named)) {
            if (gazetteer.typeOf(n.name()).orElse(null) != EntityType.ORGANIZATION) {
                continue;
            }
            Mention a = n.mention();
            Sentence s = doc.sentences().get(a.sentence());
            boolean bracketed = n.type() == EntityType.ORGANIZATION && a.end() - a.start() == 1 && a.start() >= 3
                    && a.end() < s.tokens().size() && s.token(a.start() - 1).word().matches("\\(|-LRB-")
                    && s.token(a.end()).word().matches("\\)|-RRB-") && ACRONYM.matcher(a.text()).matches();
            if (!bracketed) {
                continue;
            }
            int start = a.start() - 1;
            StringBuilder letters = new StringBuilder();
            List<String> words = new ArrayList<>();
            while (start - 1 >= 0 && (Character.isUpperCase(s.token(start - 1).word().charAt(0))
                    || s.token(start - 1).word().matches("of|for|and|on") && start - 2 >= 0
                    && Character.isUpperCase(s.token(start - 2).word().charAt(0)))) {
                start--;
                words.add(0, s.token(start).word());
            }
            for (String w : words) {
                if (Character.isUpperCase(w.charAt(0))) {
                    letters.append(w.matches("\\p{Lu}{2,4}") ? w : w.substring(0, 1));
                }
            }
            int first = start;
            Mention run = new Mention(s.index(), first, a.start() - 1, a.start() - 2, s.span(first, a.start() - 1, doc.text()),
                    "ORGANIZATION", s.token(first).begin(), s.token(a.start() - 2).end());
            boolean person = named.stream().anyMatch(o -> o.mention().overlaps(run) && o.type() == EntityType.PERSON);
            // "the Acme News Agency (ANA)": a name NER already found whole keeps its own words.
            boolean found = named.stream().anyMatch(o -> o.mention().start() <= run.start() && o.mention().end() >= run.end()
                    && o.type() == EntityType.ORGANIZATION);
            if (words.size() < 2 || !letters.toString().equals(a.text()) || person || found) {
                continue;
            }
            named.removeIf(o -> o.mention().overlaps(run));
            // The table's own spelling of the words, where it has one, names the body better than the acronym.
            String name = gazetteer.typeOf(cleanName(run.text())).orElse(null) == EntityType.ORGANIZATION ? cleanName(run.text()) : n.name();
            named.add(new Named(run, EntityType.ORGANIZATION, name));
        }
    }

    /** Acronyms in brackets after a name, and later bare uses of them, which NER often misses. */
    private List<Named> untaggedAliases(AnnotatedArticle doc, List<Named> named) {
        Map<String, Named> acronyms = new HashMap<>();
        for (Named n : named) {
            if (n.type() != EntityType.ORGANIZATION && n.type() != EntityType.COUNTRY) {
                continue;
            }
            Sentence s = doc.sentences().get(n.mention().sentence());
            int after = n.mention().end();
            if (after + 2 < s.tokens().size() && s.token(after).word().equals("-LRB-") || after + 2 < s.tokens().size()
                    && s.token(after).word().equals("(")) {
                String candidate = s.token(after + 1).word();
                if (ACRONYM.matcher(candidate).matches() && s.token(after + 2).word().matches("\\)|-RRB-")
                        && initialsMatch(n.name(), candidate)) {
                    acronyms.putIfAbsent(candidate, n);
                }
            }
        }
        List<Named> out = new ArrayList<>();
        if (acronyms.isEmpty()) {
            return out;
        }
        Set<Long> taken = takenTokens(named);
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                Named full = acronyms.get(t.word());
                if (full != null && !taken.contains(EntityIndex.key(s.index(), t.index()))) {
                    Mention m = new Mention(s.index(), t.index(), t.index() + 1, t.index(), t.word(), "ORGANIZATION",
                            t.begin(), t.end());
                    out.add(new Named(m, full.type(), t.word()));
                }
            }
        }
        return out;
    }

    /**
     * "The African Union said": NER sometimes splits a body's name into a demonym and a place ("African" a nationality,
     * "Union" a city). Two or more capitalised words that the table knows as one organisation's name, tagged as
     * something else in part, are that organisation; the place and country mentions inside them go. A person's name
     * is never overruled.
     */
    private void mistaggedOrganizations(AnnotatedArticle doc, List<Named> named) {
        for (Sentence s : doc.sentences()) {
            int start = 0;
            while (start < s.tokens().size()) {
                int end = mistaggedOrganizationEnd(s, start);
                if (end < 0) {
                    start++;
                    continue;
                }
                Token first = s.token(start);
                Token last = s.token(end - 1);
                Mention m = new Mention(s.index(), start, end, end - 1, joinedName(s, start, end), "ORGANIZATION", first.begin(), last.end());
                boolean person = named.stream().anyMatch(n -> n.mention().overlaps(m) && n.type() == EntityType.PERSON);
                if (!person) {
                    named.removeIf(n -> n.mention().overlaps(m));
                    named.add(new Named(m, EntityType.ORGANIZATION, cleanName(m.text())));
                }
                start = end;
            }
        }
    }

    /** The end of the longest table organisation starting at {@code start} whose words NER tagged as something else. */
    private int mistaggedOrganizationEnd(Sentence s, int start) {
        boolean opens = Character.isUpperCase(s.token(start).word().charAt(0)) && !s.token(start).pos().equals("DT")
                && (start == 0 || !s.token(start - 1).isProperNoun() || s.token(start - 1).word().equalsIgnoreCase("the"));
        if (!opens) {
            return -1;
        }
        int limit = Math.min(s.tokens().size(), start + KNOWN_NAME_TOKENS);
        // Most capitalised words start no mistagged name: look nothing up unless one is tagged otherwise in reach.
        if (java.util.stream.IntStream.range(start, limit).noneMatch(i -> mistagged(s.token(i)))) {
            return -1;
        }
        for (int end = limit; end > start + 1; end--) {
            Token last = s.token(end - 1);
            if (!Character.isUpperCase(last.word().charAt(0)) || end < s.tokens().size() && s.token(end).isProperNoun()) {
                continue;
            }
            boolean mistagged = java.util.stream.IntStream.range(start, end).anyMatch(i -> mistagged(s.token(i)));
            boolean capitalised = java.util.stream.IntStream.range(start, end).allMatch(i -> Character.isUpperCase(s.token(i).word().charAt(0))
                    || s.token(i).word().matches("of|for|and|the|on|in|-"));
            if (mistagged && capitalised && gazetteer.typeOf(joinedName(s, start, end)).orElse(null) == EntityType.ORGANIZATION) {
                return end;
            }
        }
        return -1;
    }

    private static boolean mistagged(Token t) {
        return !t.ner().equals("O") && !t.ner().equals("ORGANIZATION");
    }

    /**
     * Words NER leaves untagged that the table knows: an organisation's code with capitals and digits or three
     * or more capitals ("G7", "ABCD"), a city or country spelt as the table spells it where a place stands ("will
     * visit Lviv", "arrived in Lviv": the NER models predate some spellings), and the demonyms of a hyphenated
     * compound ("Freedonian-Sylvanian"); a person's or an organisation's name of two or more words as the table spells it,
     * which NER misses most where the tokenizer split a hyphenated given name ("Pak Son-il" as "Pak Son - il") or at the
     * start of a sentence; a country's name of two or more words ("the Holy See") likewise.
     */
    private List<Named> untaggedKnownNames(AnnotatedArticle doc, List<Named> named) {
        Set<Long> taken = takenTokens(named);
        List<Named> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (taken.contains(EntityIndex.key(s.index(), t.index())) || !t.ner().equals("O")) {
                    continue;
                }
                int end = knownNameEnd(s, t.index(), taken);
                if (end > 0) {
                    String name = joinedName(s, t.index(), end);
                    EntityType type = gazetteer.typeOf(name).orElseThrow();
                    out.add(new Named(new Mention(s.index(), t.index(), end, end - 1, name, type.name(), t.begin(), s.token(end - 1).end()),
                            type, name));
                    for (int i = t.index(); i < end; i++) {
                        taken.add(EntityIndex.key(s.index(), i));
                    }
                    continue;
                }
                String w = t.word();
                if (ORGANIZATION_CODE.matcher(w).matches() && gazetteer.typeOf(w).orElse(null) == EntityType.ORGANIZATION) {
                    out.add(new Named(new Mention(s.index(), t.index(), t.index() + 1, t.index(), w, "ORGANIZATION",
                            t.begin(), t.end()), EntityType.ORGANIZATION, w));
                } else if (lonelyBodyName(s, t) && gazetteer.typeOf(w).orElse(null) == EntityType.ORGANIZATION && gazetteer.isLabel(w)) {
                    out.add(new Named(new Mention(s.index(), t.index(), t.index() + 1, t.index(), w, "ORGANIZATION",
                            t.begin(), t.end()), EntityType.ORGANIZATION, w));
                } else if (placeWord(s, t) && gazetteer.typeOf(w).filter(ty -> ty == EntityType.CITY || ty == EntityType.COUNTRY).isPresent()) {
                    EntityType type = gazetteer.typeOf(w).get();
                    out.add(new Named(new Mention(s.index(), t.index(), t.index() + 1, t.index(), w,
                            type == EntityType.CITY ? "CITY" : "COUNTRY", t.begin(), t.end()), type, w));
                } else if (inHyphenatedCompound(s, t.index())) {
                    gazetteer.countryOfDemonym(w).ifPresent(country -> out.add(new Named(new Mention(s.index(), t.index(),
                            t.index() + 1, t.index(), w, "NATIONALITY", t.begin(), t.end()), EntityType.COUNTRY, country)));
                }
            }
        }
        return out;
    }

    private static final Set<String> NAME_TAILS = WordLists.BODIES.get("name-tail");

    /**
     * "the Acme Negotiations Committee, has threatened ...": a run of two or more capitalised words NER left untagged,
     * inside a sentence, ending with a word that ends organisations' names (body-words.tsv, {@code name-tail}). A run
     * at a sentence's start needs three words, as a capital there may be the sentence's own; a headline is skipped.
     */
    private static List<Named> untaggedBodies(AnnotatedArticle doc, List<Named> named) {
        Set<Long> taken = takenTokens(named);
        List<Named> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            // A headline capitalises every word.
            if (s.index() == 0 && Spans.headline(doc)) {
                continue;
            }
            for (int end = 1; end < s.tokens().size(); end++) {
                Token tail = s.token(end);
                if (!NAME_TAILS.contains(tail.word().toLowerCase(Locale.ROOT)) || !free(s, end, taken)) {
                    continue;
                }
                int start = end;
                while (start > 0 && free(s, start - 1, taken) && !NAME_TAILS.contains(s.token(start - 1).word().toLowerCase(Locale.ROOT))) {
                    start--;
                }
                if (end - start >= (start == 0 ? 2 : 1)) {
                    String name = doc.text().substring(s.token(start).begin(), tail.end());
                    out.add(new Named(new Mention(s.index(), start, end + 1, end, name, "ORGANIZATION", s.token(start).begin(), tail.end()),
                            EntityType.ORGANIZATION, cleanName(name)));
                }
            }
        }
        return out;
    }

    private static final Set<String> NAME_PARTICLES = WordLists.NAMES.get("name-particle");

    /**
     * "the Ruritanian Prime Minister Ivo del Ruiz said": two or more capitalised proper nouns NER left untagged right
     * after a title it tagged (or a capitalised title of the lexicon it left untagged), lower-case particles ("del",
     * "van der") allowed between them, are a person. A name the table gives another type, and a headline, are skipped.
     */
    private List<Named> untaggedTitledPeople(AnnotatedArticle doc, List<Named> named) {
        Set<Long> taken = takenTokens(named);
        List<Named> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.index() == 0 && Spans.headline(doc)) {
                continue;
            }
            for (int start = 1; start < s.tokens().size(); start++) {
                Token title = s.token(start - 1);
                boolean titled = titleToken(title);
                // "Ambassador to Japan Ivo Ruiz", "envoy for Ruritania Ivo Ruiz": the country a title is to, of or for may
                // stand between it and the name.
                int place = start - 1;
                while (place > 0 && s.token(place).ner().matches("LOCATION|COUNTRY|CITY|STATE_OR_PROVINCE")) {
                    place--;
                }
                if (!titled && place < start - 1 && place >= 1 && s.token(place).word().matches("to|of|for")
                        && titleToken(s.token(place - 1))) {
                    titled = true;
                    title = s.token(place - 1);
                }
                if (!titled || !nameWordFree(s, start, taken)) {
                    continue;
                }
                int end = start;
                int words = 0;
                for (int i = start; i < s.tokens().size(); i++) {
                    if (properFree(s, i, taken) || i == start && nameWordFree(s, i, taken)) {
                        words++;
                        end = i + 1;
                    } else if (hyphenInName(s, i, taken)) {
                        continue;
                    } else if (!NAME_PARTICLES.contains(s.token(i).word()) || taken.contains(EntityIndex.key(s.index(), i))) {
                        break;
                    }
                }
                // A name the run would cut at a hyphen ("Envoy Ivo Son-jin") is left to the rules that know it whole.
                boolean cut = end < s.tokens().size() && s.token(end).word().equals("-") && !title.ner().equals("TITLE");
                if (words < 2 || cut) {
                    continue;
                }
                String name = doc.text().substring(s.token(start).begin(), s.token(end - 1).end());
                if (gazetteer.typeOf(name).filter(t -> t != EntityType.PERSON).isPresent()) {
                    continue;
                }
                out.add(new Named(new Mention(s.index(), start, end, end - 1, name, "PERSON", s.token(start).begin(),
                        s.token(end - 1).end()), EntityType.PERSON, cleanName(name)));
                for (int i = start; i < end; i++) {
                    taken.add(EntityIndex.key(s.index(), i));
                }
                start = end;
            }
        }
        return out;
    }

    /** "Taoiseach Ivo Ruiz": a title NER tagged, or a capitalised title the lexicon knows where NER tagged none. */
    private static boolean titleToken(Token title) {
        return title.ner().equals("TITLE") || title.ner().equals("O") && Character.isUpperCase(title.word().charAt(0))
                && TitleLexicon.isTitleWord(title.word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether token {@code t} can open an untagged name after a title: a capitalised proper noun (which the tagger may
     * take for a plural one), or a capitalised common noun, which is how the tagger reads a family name it does not know
     * ("the envoy Sin Ivo-Ho").
     */
    private static boolean nameWordFree(Sentence s, int t, Set<Long> taken) {
        return free(s, t, taken) && s.token(t).pos().matches("NNPS?|NN");
    }

    /** Whether token {@code t} is a hyphen between two untagged capitalised words ("Ivo-Ho"). */
    private static boolean hyphenInName(Sentence s, int t, Set<Long> taken) {
        return s.token(t).word().equals("-") && t > 0 && t + 1 < s.tokens().size() && free(s, t - 1, taken) && properFree(s, t + 1, taken)
                && s.token(t).begin() == s.token(t - 1).end() && s.token(t).end() == s.token(t + 1).begin();
    }

    /** Whether token {@code t} is an untagged capitalised proper noun of no mention. */
    private static boolean properFree(Sentence s, int t, Set<Long> taken) {
        return free(s, t, taken) && s.token(t).pos().equals("NNP");
    }

    /** Whether token {@code t} is a capitalised word of no mention, which NER left untagged. */
    private static boolean free(Sentence s, int t, Set<Long> taken) {
        Token tok = s.token(t);
        return !taken.contains(EntityIndex.key(s.index(), t)) && tok.ner().equals("O") && Character.isUpperCase(tok.word().charAt(0))
                && Character.isLetter(tok.word().charAt(0));
    }

    /**
     * Places NER missed that a kind of place names: the proper nouns compounded with a lower-case "province", "town",
     * "region" and the like ("Acme province", "the Acme region"). Only untagged, untaken words of at most three.
     */
    private static List<Named> untaggedPlacesOfKind(AnnotatedArticle doc, List<Named> named) {
        Set<Long> taken = takenTokens(named);
        List<Named> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Token kind : s.tokens()) {
                if (!kind.pos().equals("NN") || !PLACE_KINDS.contains(kind.word())) {
                    continue;
                }
                Named after = placeNamedAfterKind(doc, s, kind, taken);
                if (after != null) {
                    out.add(after);
                    continue;
                }
                int start = kind.index();
                while (start > 0 && kind.index() - start < PLACE_NAME_TOKENS && s.token(start - 1).pos().equals("NNP")
                        && s.token(start - 1).ner().equals("O") && !taken.contains(EntityIndex.key(s.index(), start - 1))
                        && Character.isUpperCase(s.token(start - 1).word().charAt(0))) {
                    start--;
                }
                if (start == kind.index() || Arguments.governor(s, kind.index() - 1, "compound") != kind.index()) {
                    continue;
                }
                Token first = s.token(start);
                Token last = s.token(kind.index() - 1);
                String name = doc.text().substring(first.begin(), last.end());
                out.add(new Named(new Mention(s.index(), start, kind.index(), kind.index() - 1, name, "LOCATION", first.begin(),
                        last.end()), EntityType.PLACE, cleanName(name)));
            }
        }
        return out;
    }

    /**
     * "the Ruritanian capital", "Ruritania's capital", "the capital of Ruritania": the capital city the table gives for
     * the country, as a mention of that city on the word "capital". Only the head noun after "the" or a possessive
     * counts, so money ("Ruritanian capital flows", "capital markets") stays no place; a country without a capital in
     * the table gives nothing.
     */
    private static List<Named> capitalsOfNamedCountries(AnnotatedArticle doc, List<Named> named) {
        Set<Long> taken = takenTokens(named);
        Map<Long, String> countryAt = new HashMap<>();
        for (Named n : named) {
            if (n.type() == EntityType.COUNTRY && n.body() == null) {
                for (int t = n.mention().start(); t < n.mention().end(); t++) {
                    countryAt.put(EntityIndex.key(n.mention().sentence(), t), n.name());
                }
            }
        }
        List<Named> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Token capital : s.tokens()) {
                int c = capital.index();
                if (!capital.word().equals("capital") || !capital.pos().equals("NN") || taken.contains(EntityIndex.key(s.index(), c))
                        || !Arguments.dependents(s, c, "compound").isEmpty() || Arguments.governor(s, c, "compound") >= 0) {
                    continue;
                }
                String country = null;
                boolean definite = Arguments.theBefore(s, c);
                for (int d : Arguments.dependents(s, c, "amod", "nmod:poss", "nmod:of")) {
                    if (definite || Arguments.governor(s, d, "nmod:poss") == c) {
                        country = countryAt.get(EntityIndex.key(s.index(), d));
                    }
                    if (country != null) {
                        break;
                    }
                }
                Optional<String> city = Optional.ofNullable(country).flatMap(Capitals::of);
                if (city.isPresent()) {
                    out.add(new Named(new Mention(s.index(), c, c + 1, c, city.get(), "LOCATION", capital.begin(), capital.end()),
                            EntityType.CITY, city.get()));
                }
            }
        }
        return out;
    }

    /**
     * "the desert town of Al-Zarqal": capitalised words NER left untagged after a place kind and "of", hyphens allowed
     * between them; a town, village, port or city is a city. Null when no such name follows, or for "state of", which
     * names conditions ("a state of emergency").
     */
    private static Named placeNamedAfterKind(AnnotatedArticle doc, Sentence s, Token kind, Set<Long> taken) {
        int of = kind.index() + 1;
        if (kind.word().equals("state") || of + 1 >= s.tokens().size() || !s.token(of).word().equals("of")) {
            return null;
        }
        int end = of + 1;
        while (end < s.tokens().size() && end - of <= 2 * PLACE_NAME_TOKENS && !taken.contains(EntityIndex.key(s.index(), end))
                && s.token(end).ner().equals("O") && (s.token(end).pos().equals("NNP") && Character.isUpperCase(s.token(end).word().charAt(0))
                || s.token(end).word().equals("-") && end + 1 < s.tokens().size() && s.token(end + 1).pos().equals("NNP"))) {
            end++;
        }
        if (end == of + 1 || s.token(end - 1).word().equals("-")) {
            return null;
        }
        Token first = s.token(of + 1);
        Token last = s.token(end - 1);
        String name = doc.text().substring(first.begin(), last.end());
        EntityType type = kind.word().matches("city|town|village|port") ? EntityType.CITY : EntityType.PLACE;
        return new Named(new Mention(s.index(), of + 1, end, end - 1, name, "LOCATION", first.begin(), last.end()), type, cleanName(name));
    }

    /** "the ancient city of Acmeburg": a place NER tagged right after a city's kind and "of" is a city. */
    private static void citiesByKind(AnnotatedArticle doc, List<Named> named) {
        for (int i = 0; i < named.size(); i++) {
            Named n = named.get(i);
            Mention m = n.mention();
            Sentence s = doc.sentences().get(m.sentence());
            if (n.type() == EntityType.PLACE && n.body() == null && m.start() >= 2 && s.token(m.start() - 1).word().equals("of")
                    && s.token(m.start() - 2).word().matches("city|town|village|port")) {
                named.set(i, new Named(m, EntityType.CITY, n.name()));
            }
        }
    }

    private static final Set<String> PLACE_KINDS = WordLists.MEETING.get("place-kind");
    private static final int PLACE_NAME_TOKENS = 3;

    /**
     * The longest name of a person or an organisation the table knows, of two or more words, starting at {@code start},
     * untagged and untaken: its end, or -1.
     */
    private int knownNameEnd(Sentence s, int start, Set<Long> taken) {
        // "the G-20", split as "G - 20": the tagger may take the single letter for a common noun.
        boolean letter = s.token(start).word().matches("\\p{Lu}");
        if (!Character.isUpperCase(s.token(start).word().charAt(0)) || !s.token(start).pos().startsWith("NNP") && !letter) {
            return -1;
        }
        int limit = Math.min(s.tokens().size(), start + KNOWN_NAME_TOKENS);
        int last = start;
        // "the Group of 20 summit": a name may hold "of" and a number, which NER tags apart.
        while (last + 1 < limit && !taken.contains(EntityIndex.key(s.index(), last + 1))) {
            Token next = s.token(last + 1);
            boolean numberAfterOf = next.pos().equals("CD") && s.token(last).word().equals("of") && next.word().matches("\\d+");
            boolean word = next.ner().matches("O|NUMBER") && (Character.isUpperCase(next.word().charAt(0)) || next.word().equals("-")
                    || next.word().equals("of") || s.token(last).word().equals("-"));
            if (!word && !numberAfterOf) {
                break;
            }
            last++;
        }
        for (int end = last + 1; end > start + 1; end--) {
            if (s.token(end - 1).word().equals("-")) {
                continue;
            }
            String name = joinedName(s, start, end);
            EntityType type = gazetteer.typeOf(name).orElse(null);
            boolean split = name.contains(" ") || end - start >= 3 && name.contains("-");
            if (split && (type == EntityType.PERSON || type == EntityType.ORGANIZATION || type == EntityType.COUNTRY)) {
                return end;
            }
        }
        return -1;
    }

    /** The words of tokens {@code start} to {@code end}, a hyphen joining its neighbours without spaces. */
    private static String joinedName(Sentence s, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i < end; i++) {
            String w = s.token(i).word();
            boolean glued = w.equals("-") || i > start && s.token(i - 1).word().equals("-");
            if (i > start && !glued) {
                b.append(' ');
            }
            b.append(w);
        }
        return b.toString();
    }

    /** The most tokens a known name spans, hyphens counted: "Pak Son - il Ri" is five. */
    private static final int KNOWN_NAME_TOKENS = 6;

    /** A lone capitalised proper noun after a preposition of place or as the object of a visit verb. */
    private static boolean placeWord(Sentence s, Token t) {
        if (!t.pos().equals("NNP") || t.index() + 1 < s.tokens().size() && s.token(t.index() + 1).pos().startsWith("NNP")
                || t.index() > 0 && s.token(t.index() - 1).pos().startsWith("NNP")) {
            return false;
        }
        // "visited both Lviv and Oslo": a pairing word between the preposition or verb and the place.
        int lead = t.index() > 1 && s.token(t.index() - 1).word().matches("(?i)both|either") ? t.index() - 2 : t.index() - 1;
        String before = lead >= 0 ? s.token(lead).word().toLowerCase(Locale.ROOT) : "";
        boolean visited = lead >= 0 && s.token(lead).lemma().toLowerCase(Locale.ROOT).matches("visit|tour");
        // "Lviv and Oslo", where NER tagged only the other: a conjunct of a tagged place is a place.
        boolean besidePlace = Arguments.dependents(s, t.index(), "conj").stream().anyMatch(c -> placeTagged(s.token(c)))
                || s.parents(t.index()).stream().anyMatch(d -> d.base().equals("conj") && d.governor() >= 0 && placeTagged(s.token(d.governor())));
        return before.matches("in|to|from|at|near|into") || visited || besidePlace;
    }

    /**
     * "the Acmesur leaders met", "Acmesur said": a capitalised proper noun of five letters or more inside a sentence,
     * with no proper noun beside it, that modifies a common noun or is a subject, so it may be a body's one-word name as
     * the table spells it. A name after a preposition ("wrote on Acmebook") is a medium more often than an actor.
     */
    private static boolean lonelyBodyName(Sentence s, Token t) {
        int i = t.index();
        boolean actorRole = s.parents(i).stream().anyMatch(d -> d.base().equals("nsubj")
                || d.base().equals("compound") && d.governor() >= 0 && s.token(d.governor()).isNoun() && !s.token(d.governor()).isProperNoun());
        return i > 0 && actorRole && t.pos().equals("NNP") && t.word().matches("\\p{Lu}\\p{Ll}{4,}")
                && !s.token(i - 1).pos().startsWith("NNP") && (i + 1 >= s.tokens().size() || !s.token(i + 1).pos().startsWith("NNP"));
    }

    private static boolean placeTagged(Token t) {
        return t.ner().matches("LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE");
    }

    /** The word is joined by a hyphen, without spaces, to a capitalised neighbour that names a country too. */
    private boolean inHyphenatedCompound(Sentence s, int i) {
        if (!Character.isUpperCase(s.token(i).word().charAt(0))) {
            return false;
        }
        for (int side : new int[] {-1, 1}) {
            int hyphen = i + side;
            int other = i + 2 * side;
            if (other < 0 || other >= s.tokens().size() || !s.token(hyphen).word().equals("-")) {
                continue;
            }
            Token h = s.token(hyphen);
            Token o = s.token(other);
            boolean touching = side < 0 ? o.end() == h.begin() && h.end() == s.token(i).begin()
                    : s.token(i).end() == h.begin() && h.end() == o.begin();
            if (touching && Character.isUpperCase(o.word().charAt(0)) && gazetteer.countryOfDemonym(o.word()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean acronymOf(String name, String acronym) {
        return acronym.length() >= 2 && acronym.equals(acronym.toUpperCase(Locale.ROOT)) && initialsMatch(name, acronym);
    }

    static boolean initialsMatch(String name, String acronym) {
        StringBuilder initials = new StringBuilder();
        // "Economic Community of Ruritanian States" is ECORS: some acronyms keep a small word's letter.
        StringBuilder everyWord = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                everyWord.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        String upper = acronym.replaceAll("[^A-Z]", "");
        return initials.toString().equals(upper) || initials.toString().startsWith(upper) && upper.length() >= 3
                || everyWord.toString().equals(upper) && upper.length() >= 4;
    }

    private void mergeByName(AnnotatedArticle doc, List<Named> named, UnionFind uf) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            Named n = named.get(i);
            // One body under two names ("the Chilean government", "the government of Chile") is one actor.
            // A person's office has no country: its name tells which it is.
            // "Britain" and "the United Kingdom" (or "British") are one country: the table's name for it decides.
            String name = n.type() == EntityType.COUNTRY ? gazetteer.countryOfDemonym(n.name()).orElse(n.name()) : n.name();
            // "King Ivo" and "Sheikh Ivo" are two people: a rank before a lone given name is part of what it names.
            String rank = n.type() == EntityType.PERSON && words(n.name()).size() == 1 ? rankBefore(doc, n.mention(), 1) : null;
            String key = n.body() != null && n.body().country() != null ? "body|" + n.body().country() + "|" + n.body().title()
                    : family(n.type()) + "|" + normalize(name) + (rank == null ? "" : "|" + rank);
            Integer first = byKey.putIfAbsent(key, i);
            if (first != null) {
                uf.union(first, i);
            }
        }
        // "Key points: - Ana Soto met Ivo Ruiz": NER may take a full name for a body once where the text names a person.
        for (int i = 0; i < named.size(); i++) {
            Named a = named.get(i);
            if (a.type() != EntityType.ORGANIZATION || a.body() != null || words(a.name()).size() < 2) {
                continue;
            }
            Integer person = byKey.get(family(EntityType.PERSON) + "|" + normalize(a.name()));
            if (person != null) {
                uf.union(person, i);
            }
        }
        // Acronym aliases join their full names.
        for (int i = 0; i < named.size(); i++) {
            Named a = named.get(i);
            if (!ACRONYM.matcher(a.name()).matches()) {
                continue;
            }
            for (int j = 0; j < named.size(); j++) {
                Named b = named.get(j);
                if (i != j && b.name().length() > a.name().length() && family(a.type()).equals(family(b.type()))
                        && initialsMatch(b.name(), a.name())) {
                    uf.union(i, j);
                    break;
                }
            }
        }
        joinInitialledNames(named, uf);
        // A person's short name joins the one full name it ends with, or whose family name it is ("Park" for
        // "Park Ji-hoon").
        for (int i = 0; i < named.size(); i++) {
            Named a = named.get(i);
            if (a.type() != EntityType.PERSON) {
                continue;
            }
            List<String> aw = words(a.name());
            // "Sheikh Ivo" after "Sheikh Ivo Al-Ruiz Al-Soto": a rank before a lone given name.
            int ranked = aw.size() <= 2 ? givenNameAfterRank(doc, named, i) : -1;
            if (ranked >= 0) {
                uf.union(i, ranked);
                continue;
            }
            Set<Integer> targets = new HashSet<>();
            int firstBefore = -1;
            int nearestBefore = -1;
            boolean anyFamilyFirst = false;
            boolean allFamilyFirst = true;
            for (int j = 0; j < named.size(); j++) {
                Named b = named.get(j);
                if (b.type() != EntityType.PERSON) {
                    continue;
                }
                List<String> bw = words(b.name());
                boolean familyFirst = aw.size() == 1 && !familyName(b.name()).equals(b.name().substring(b.name().lastIndexOf(' ') + 1))
                        && words(familyName(b.name())).equals(aw);
                // "Bin Tomas" after "Ivo bin Tomas bin Karim": a patronymic short form inside the full name.
                boolean patronym = aw.size() >= 2 && aw.get(0).matches("bin|ibn|bint") && java.util.Collections.indexOfSubList(bw, aw) > 0;
                // "Ivo bin Tomas" for "Ivo bin Tomas Al Soto": the given name and father's, without the family's.
                boolean givenAndFather = aw.size() >= 3 && aw.get(1).matches("bin|ibn|bint") && bw.size() > aw.size()
                        && bw.subList(0, aw.size()).equals(aw);
                // "Hamdan bin Tomas bin Karim Al Ruiz" ends with his father's whole name, "Tomas bin Karim Al Ruiz".
                boolean father = aw.size() >= 2 && bw.size() > aw.size() && bw.get(bw.size() - aw.size() - 1).matches("bin|ibn|bint");
                // "Ruiz" after "Ivo Ruiz Soto": the first of two surnames.
                // Not where NER split the two surnames ("Ruiz" "Soto" for "Ruiz Soto"): the second joins as the family name.
                boolean firstOfTwoSurnames = aw.size() == 1 && bw.size() == 3 && bw.get(1).equals(aw.get(0)) && !familyFirst
                        && !beforeProperNoun(doc, a.mention());
                boolean shortForm = endsWith(bw, aw) && !father || familyFirst || patronym || givenAndFather || firstOfTwoSurnames;
                if (bw.size() > aw.size() && shortForm) {
                    targets.add(uf.find(j));
                    anyFamilyFirst |= familyFirst;
                    allFamilyFirst &= familyFirst;
                    if (b.mention().begin() < a.mention().begin()) {
                        if (firstBefore < 0 || b.mention().begin() < named.get(firstBefore).mention().begin()) {
                            firstBefore = j;
                        }
                        if (nearestBefore < 0 || b.mention().begin() > named.get(nearestBefore).mention().begin()) {
                            nearestBefore = j;
                        }
                    }
                }
            }
            // "Kim Chol Su ... Kim Yong Ho spoke. Kim said": of several names that all put the family name first, one
            // named in the sentence or the one before, the nearest; further back the story's figure, named first.
            boolean justBefore = nearestBefore >= 0 && named.get(nearestBefore).mention().sentence() >= a.mention().sentence() - 1;
            // A short name never joins two full names that conflict ("Kim" of two Kims named in turn).
            if (targets.size() > 1 && justBefore && allFamilyFirst) {
                if (compatibleNames(named, uf, i, nearestBefore)) {
                    uf.union(i, nearestBefore);
                }
                continue;
            }
            // "Pak" after "Pak Son Il" and "Jin Pak": a family name that several names share, one putting it first, is
            // the person of that name named first, the story's figure rather than a spokesman named later. Two people
            // of one Western surname ("Ana Soto", "Luis Soto") stay apart.
            if (targets.size() > 1 && firstBefore >= 0 && anyFamilyFirst) {
                if (compatibleNames(named, uf, i, firstBefore)) {
                    uf.union(i, firstBefore);
                }
                continue;
            }
            // "Dawit Alemu ... Dawit arrived": where no full name ends with it, a lone given name used as the short name
            // (Ethiopian, Icelandic, Indonesian and Burmese usage) joins the one full name it begins.
            if (targets.isEmpty() && aw.size() == 1) {
                for (int j = 0; j < named.size(); j++) {
                    List<String> bw = words(named.get(j).name());
                    if (named.get(j).type() == EntityType.PERSON && bw.size() > 1 && bw.get(0).equals(aw.get(0))) {
                        targets.add(uf.find(j));
                    }
                }
            }
            if (targets.size() == 1 && compatibleNames(named, uf, i, targets.iterator().next())) {
                uf.union(i, targets.iterator().next());
            }
        }
    }

    /**
     * "A. Ruiz" beside "Ana Ruiz": wire copy (Russian and Central Asian agencies above all) shortens the given name to its
     * initial. A person's name that begins with initials joins the one other person's name it spells out; two full names
     * it could spell ("Ana Ruiz", "Alba Ruiz") leave it alone.
     */
    private static void joinInitialledNames(List<Named> named, UnionFind uf) {
        for (int i = 0; i < named.size(); i++) {
            if (named.get(i).type() != EntityType.PERSON || !INITIALLED.matcher(named.get(i).name()).matches()) {
                continue;
            }
            List<String> aw = words(named.get(i).name());
            Set<Integer> targets = new HashSet<>();
            int target = -1;
            for (int j = 0; j < named.size(); j++) {
                if (named.get(j).type() == EntityType.PERSON && spelledOut(aw, words(named.get(j).name()))) {
                    targets.add(uf.find(j));
                    target = j;
                }
            }
            if (targets.size() == 1) {
                uf.union(i, target);
            }
        }
    }

    /** Whether {@code full} is {@code initialled} with each one-letter word written out ("a ruiz", "ana ruiz"). */
    static boolean spelledOut(List<String> initialled, List<String> full) {
        if (initialled.size() != full.size() || initialled.equals(full)) {
            return false;
        }
        for (int k = 0; k < full.size(); k++) {
            String a = initialled.get(k);
            String b = full.get(k);
            if (!a.equals(b) && !(a.length() == 1 && b.length() > 1 && b.startsWith(a))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Prince Ivo" or "Sheikh Ivo" after "Crown Prince Ivo bin Tomas": in Arab and royal usage a rank before the given
     * name alone is the short form, even where another full name ends with that word. The one full person name that
     * begins with the given name and is not given another rank ("King Ivo" is not "Crown Prince Ivo bin Tomas"); -1
     * when the name has no rank before it, or no such full name or several.
     */
    private static int givenNameAfterRank(AnnotatedArticle doc, List<Named> named, int i) {
        List<String> own = words(named.get(i).name());
        // NER may take the rank into the name ("Prince Ivo").
        boolean inName = own.size() == 2 && TitleLexicon.isRank(own.get(0));
        String rank = inName ? own.get(0) : own.size() == 1 ? rankBefore(doc, named.get(i).mention(), 1) : null;
        if (rank == null) {
            return -1;
        }
        String given = own.get(own.size() - 1);
        int found = -1;
        for (int j = 0; j < named.size(); j++) {
            Named b = named.get(j);
            List<String> bw = words(b.name());
            // "Prince Ivo Al-Ruiz": the full name may carry the rank too.
            int first = bw.size() >= 3 && TitleLexicon.isRank(bw.get(0)) ? 1 : 0;
            if (b.type() != EntityType.PERSON || bw.size() < 2 || !bw.get(first).equals(given) || j == i) {
                continue;
            }
            String other = rankBefore(doc, b.mention(), 3);
            if (other != null && !other.contains(rank)) {
                continue;
            }
            if (found >= 0 && !words(named.get(found).name()).equals(bw)) {
                return -1;
            }
            found = found < 0 ? j : found;
        }
        return found;
    }

    /**
     * The ranks and titles among the {@code window} words right before a mention, lower case and space-joined, when
     * the word right before it is a rank ("Crown Prince", "emir , Sheikh"); null otherwise.
     */
    private static String rankBefore(AnnotatedArticle doc, Mention m, int window) {
        Sentence s = doc.sentences().get(m.sentence());
        if (m.start() == 0 || !TitleLexicon.isRank(s.token(m.start() - 1).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int k = Math.max(0, m.start() - window); k < m.start(); k++) {
            String w = s.token(k).word().toLowerCase(Locale.ROOT);
            if (TitleLexicon.isRank(w) || TitleLexicon.isTitleWord(w)) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    /**
     * Whether coreference may join two name clusters: every name of one must be part of, or end, every name of
     * the other ("Ana Soto" and "Soto"), so two full names that conflict ("Ana Soto" and "Luis Soto") stay apart
     * whatever the chain says; organisations and places may also be an acronym of the other ("SDF") or names of one
     * known thing. Coreference alone never makes "Acme Radio" the "Global Alliance".
     */
    private boolean compatibleNames(List<Named> named, UnionFind uf, int a, int b) {
        boolean person = named.get(a).type() == EntityType.PERSON;
        int ra = uf.find(a);
        int rb = uf.find(b);
        // Each cluster's names once, a given name standing alone beside its full name left out.
        List<Integer> inA = new ArrayList<>();
        List<Integer> inB = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            int root = uf.find(i);
            if ((root == ra || root == rb) && !(person && givenNameAlone(named, uf, i))) {
                (root == ra ? inA : inB).add(i);
            }
        }
        for (int i : inA) {
            for (int j : inB) {
                List<String> x = words(named.get(i).name());
                List<String> y = words(named.get(j).name());
                boolean related = x.equals(y) || endsWith(x, y) || endsWith(y, x) || x.containsAll(y) || y.containsAll(x)
                        || spelledOut(x, y) || spelledOut(y, x);
                if (!related && !person) {
                    String p = named.get(i).name();
                    String q = named.get(j).name();
                    related = acronymOf(q, p) || acronymOf(p, q) || gazetteer.sameThing(p, q);
                }
                if (!related) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether name {@code i} is one word that begins a longer name of its own cluster ("Ana" beside "Ana Soto"). */
    private static boolean givenNameAlone(List<Named> named, UnionFind uf, int i) {
        List<String> w = words(named.get(i).name());
        if (w.size() != 1) {
            return false;
        }
        for (int j = 0; j < named.size(); j++) {
            List<String> other = words(named.get(j).name());
            if (uf.find(j) == uf.find(i) && other.size() > 1 && other.get(0).equals(w.get(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(List<String> whole, List<String> tail) {
        if (tail.isEmpty() || tail.size() > whole.size()) {
            return false;
        }
        return whole.subList(whole.size() - tail.size(), whole.size()).equals(tail);
    }

    private void mergeByCoref(AnnotatedArticle doc, List<Named> named, UnionFind uf) {
        for (CorefChain chain : doc.corefChains()) {
            Integer anchor = null;
            EntityType anchorType = null;
            for (Mention cm : chain.mentions()) {
                for (int i = 0; i < named.size(); i++) {
                    Named n = named.get(i);
                    Mention m = n.mention();
                    // The coreference mention is this name, give or take a title or determiner.
                    if (m.sentence() == cm.sentence() && cm.head() >= m.start() && cm.head() < m.end()) {
                        if (anchor == null) {
                            anchor = i;
                            anchorType = n.type();
                        } else if (family(anchorType).equals(family(n.type())) && compatibleNames(named, uf, anchor, i)) {
                            uf.union(anchor, i);
                        }
                    }
                }
            }
        }
    }

    private static void addPronounMentions(AnnotatedArticle doc, List<Named> named, UnionFind uf,
                                           Map<Integer, String> clusterIds, List<Entity> entities,
                                           Map<Long, String> tokenToEntity) {
        Map<String, List<Evidence>> extra = new HashMap<>();
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        // The title words written right before each person's name ("Foreign Minister Ana Soto"), with whom they name.
        Map<String, Set<String>> titled = new HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            Mention m = named.get(i).mention();
            Sentence s = doc.sentences().get(m.sentence());
            for (int t = m.start() - 1; t >= 0 && t >= m.start() - 4; t--) {
                String word = s.token(t).word().toLowerCase(Locale.ROOT);
                if (!TitleLexicon.isTitleWord(word) && !TitleLexicon.isTitleModifier(word)) {
                    break;
                }
                titled.computeIfAbsent(word, k -> new HashSet<>()).add(clusterIds.get(uf.find(i)));
            }
        }
        for (CorefChain chain : doc.corefChains()) {
            String id = null;
            for (Mention cm : chain.mentions()) {
                for (int i = 0; i < named.size() && id == null; i++) {
                    Mention m = named.get(i).mention();
                    if (m.sentence() == cm.sentence() && cm.head() >= m.start() && cm.head() < m.end()) {
                        id = clusterIds.get(uf.find(i));
                    }
                }
            }
            if (id == null) {
                continue;
            }
            Optional<Entity> chainEntity = Optional.ofNullable(byId.get(id));
            for (Mention cm : chain.mentions()) {
                Sentence s = doc.sentences().get(cm.sentence());
                boolean pronounLike = cm.kind().equals("PRONOMINAL") || cm.kind().equals(RuleCoreference.DESCRIPTION)
                        || chainEntity.map(e -> sameBodyNoun(s, cm, e) || heldTitle(s, cm, e, chain, tokenToEntity, titled)).orElse(false);
                if (pronounLike && !tokenToEntity.containsKey(EntityIndex.key(cm.sentence(), cm.head()))) {
                    tokenToEntity.put(EntityIndex.key(cm.sentence(), cm.head()), id);
                    extra.computeIfAbsent(id, k -> new ArrayList<>()).add(
                            new Evidence(s.text(), s.token(cm.head()).begin(), s.token(cm.head()).end()));
                }
            }
        }
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            List<Evidence> more = extra.get(e.id());
            if (more != null) {
                List<Evidence> all = new ArrayList<>(e.mentions());
                all.addAll(more);
                all.sort(Comparator.comparingInt(Evidence::begin));
                entities.set(i, new Entity(e.id(), e.type(), e.label(), e.aliases(), all, e.roles(), e.link()));
            }
        }
    }

    /** Heads of a public body's name that, as "the ministry", stand for the body (body-words.tsv). */
    static final Set<String> DEFINITE_BODY_NOUNS = WordLists.BODIES.get("definite-body-noun");

    /**
     * "Foreign Secretary Ana Soto ... The secretary met ...": a definite title noun that coreference joins to a person
     * whom the chain also names with that title stands for her. A title the chain never gives her ("the chancellor"
     * joined to a minister, or a chain that runs two namesakes together) does not, nor a title with modifiers ("the
     * Chilean minister"), which {@link Arguments} reads by its country, nor a title {@code titled} shows written before two
     * people's names: then the chain's pick is a guess.
     */
    private static boolean heldTitle(Sentence s, Mention cm, Entity e, CorefChain chain, Map<Long, String> tokenToEntity,
                                     Map<String, Set<String>> titled) {
        Token head = s.token(cm.head());
        String word = head.word().toLowerCase(Locale.ROOT);
        return e.type() == EntityType.PERSON && titled.getOrDefault(word, Set.of()).size() <= 1 && cm.kind().equals("NOMINAL") && head.pos().equals("NN") && TitleLexicon.isTitleWord(word)
                && cm.start() == cm.head() - 1 && s.token(cm.start()).word().equalsIgnoreCase("the")
                && chain.mentions().stream().anyMatch(m -> m.kind().equals("PROPER")
                        && e.id().equals(tokenToEntity.get(EntityIndex.key(m.sentence(), m.head())))
                        && List.of(m.text().toLowerCase(Locale.ROOT).split("\\s+")).contains(word));
    }

    /**
     * "The Ruritanian Foreign Ministry said ... the ministry said": a definite state-body noun (a ministry, a
     * government, an embassy) that coreference joins to a named organisation headed by the same noun stands for it.
     * A looser description ("the bloc", "the group") does not, nor a noun with modifiers of its own ("the government
     * in Quito") other than a word of the body's name ("the Ruritanian ministry").
     */
    private static boolean sameBodyNoun(Sentence s, Mention cm, Entity e) {
        Token head = s.token(cm.head());
        List<String> words = List.of(e.label().toLowerCase(Locale.ROOT).split("\\s+"));
        String word = head.word().toLowerCase(Locale.ROOT);
        return e.type() == EntityType.ORGANIZATION && cm.kind().equals("NOMINAL") && head.isNoun()
                && DEFINITE_BODY_NOUNS.contains(word) && !head.isProperNoun() && headedBy(words, word)
                && cm.start() < cm.head() && s.token(cm.start()).word().equalsIgnoreCase("the")
                // "the government in Beijing" says which government it is; "the Ruritanian ministry" is the one
                // named with that word.
                && Optional.ofNullable(bodyNounModifier(s, cm.head())).filter(m -> m.isEmpty() || words.contains(m)).isPresent();
    }

    /**
     * Whether a body's name (lower-case words) has {@code noun} as its head: last ("the Ruritanian foreign ministry")
     * or first before "of" ("the Department of Foreign Affairs"); a single word is no name of a body.
     */
    static boolean headedBy(List<String> words, String noun) {
        // "the Ruritanian Embassy in Lima": a body known by its city ends with the city.
        int in = words.indexOf("in");
        boolean ofCity = in >= 1 && words.get(in - 1).equals(noun) && CITY_KNOWN_BODIES.contains(noun);
        return words.size() >= 2 && (words.get(words.size() - 1).equals(noun) || words.get(0).equals(noun) && words.get(1).equals("of") || ofCity);
    }

    /**
     * The one word that modifies a body noun ("Ruritanian" in "the Ruritanian ministry", right before it), lower
     * case; "" when the noun has only its article; null when it has other modifiers ("the government in Quito").
     */
    static String bodyNounModifier(Sentence s, int noun) {
        String modifier = "";
        for (Dependency d : s.children(noun)) {
            if (d.base().equals("amod") && d.dependent() == noun - 1 && modifier.isEmpty()) {
                modifier = s.token(noun - 1).word().toLowerCase(Locale.ROOT);
            } else if (!d.base().equals("det") && !d.base().equals("punct")) {
                return null;
            }
        }
        return modifier;
    }

    /** The mention without its first word, its head kept. */
    private static Mention withoutFirstWord(AnnotatedArticle doc, Sentence s, Mention m) {
        Token first = s.token(m.start() + 1);
        return new Mention(m.sentence(), m.start() + 1, m.end(), m.head(), doc.text().substring(first.begin(), m.endChar()),
                m.kind(), first.begin(), m.endChar());
    }

    private static Mention withoutLastWord(AnnotatedArticle doc, Sentence s, Mention m) {
        Token last = s.token(m.end() - 2);
        return new Mention(m.sentence(), m.start(), m.end() - 1, Math.min(m.head(), m.end() - 2),
                doc.text().substring(m.begin(), last.end()), m.kind(), m.begin(), last.end());
    }

    /**
     * The article's mentions, with a dateline NER ran into the name before it cut off as a mention of its own: "... in
     * Lima" in a headline and "LIMA, Peru —" under it (a stop ends the dateline) make one mention "Lima LIMA" otherwise.
     */
    private static List<Mention> splitDatelines(AnnotatedArticle doc) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : doc.entityMentions()) {
            Sentence s = doc.sentences().get(m.sentence());
            int from = m.end();
            while (from > m.start() && DatelinePlace.capitals(s.token(from - 1).word())) {
                from--;
            }
            boolean dateline = m.sentence() < DatelinePlace.LEAD_SENTENCES && m.end() == DatelinePlace.placeEnd(s);
            if (!dateline || from == m.start() || from == m.end()) {
                out.add(m);
                continue;
            }
            Token last = s.token(from - 1);
            Token first = s.token(from);
            out.add(new Mention(m.sentence(), m.start(), from, from - 1, doc.text().substring(m.begin(), last.end()), m.kind(),
                    m.begin(), last.end()));
            out.add(new Mention(m.sentence(), from, m.end(), m.end() - 1, doc.text().substring(first.begin(), m.endChar()), m.kind(),
                    first.begin(), m.endChar()));
        }
        return out;
    }

    /**
     * "European Council President Ana Lenko and Commission": NER may run a body, a title and the person holding it into
     * one organisation. Where the words before the title are a body the table knows, or the words after it a person
     * the table knows, the mention is split into the body, the person (up to an "and") and what follows the "and";
     * the title stays outside both, as it would be had NER seen it.
     */
    private List<Mention> splitTitledPeople(AnnotatedArticle doc, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Sentence s = doc.sentences().get(m.sentence());
            int title = -1;
            for (int i = m.start() + 1; i < m.end() - 2 && m.kind().equals("ORGANIZATION"); i++) {
                if (Character.isUpperCase(s.token(i).word().charAt(0)) && TitleLexicon.isTitleWord(s.token(i).word().toLowerCase(Locale.ROOT))) {
                    title = i;
                    break;
                }
            }
            int and = title + 1;
            while (title >= 0 && and < m.end() && !s.token(and).word().equals("and")) {
                and++;
            }
            boolean named = title >= 0 && and - title - 1 >= 2 && java.util.stream.IntStream.range(title + 1, and)
                    .allMatch(i -> s.token(i).pos().equals("NNP") && Character.isUpperCase(s.token(i).word().charAt(0)));
            if (!named || !(gazetteer.typeOf(joinedName(s, m.start(), title)).orElse(null) == EntityType.ORGANIZATION
                    || gazetteer.typeOf(joinedName(s, title + 1, and)).orElse(null) == EntityType.PERSON)) {
                out.add(m);
                continue;
            }
            out.add(span(doc, s, m.start(), title, "ORGANIZATION"));
            out.add(span(doc, s, title + 1, and, "PERSON"));
            if (and + 1 < m.end()) {
                out.add(span(doc, s, and + 1, m.end(), "ORGANIZATION"));
            }
        }
        return out;
    }

    private static Mention span(AnnotatedArticle doc, Sentence s, int start, int end, String kind) {
        Token first = s.token(start);
        Token last = s.token(end - 1);
        return new Mention(s.index(), start, end, end - 1, doc.text().substring(first.begin(), last.end()), kind, first.begin(), last.end());
    }

    /** "the Head of State", "Head of Government": NER may take the last word for an organisation; it is a title's. */
    /**
     * "Ana bin Ivo, Crown Prince of Acmeland and ...": NER may tag a title set beside a name as a person of its own ("Crown
     * Prince", "Prince of Acmeland", or "Acmeland" alone). Title words alone, or followed by "of" and a place, name no
     * one; a name the table knows whole stays.
     */
    private boolean titleAlone(Sentence s, Mention m) {
        if (!m.kind().equals("PERSON")) {
            return false;
        }
        // The place of such a title, which NER may cut off as a person of its own.
        boolean titlesPlace = m.start() >= 2 && s.token(m.start() - 1).word().equals("of")
                && isTitlePart(s.token(m.start() - 2).word().toLowerCase(Locale.ROOT));
        Optional<EntityType> known = gazetteer.typeOf(cleanName(m.text()));
        if (known.isPresent()) {
            return titlesPlace && known.get().isPlace();
        }
        int i = m.start();
        while (i < m.end() && isTitlePart(s.token(i).word().toLowerCase(Locale.ROOT))) {
            i++;
        }
        if (i == m.start()) {
            return false;
        }
        if (i == m.end()) {
            return true;
        }
        if (!s.token(i).word().equals("of") || i + 1 >= m.end()) {
            return false;
        }
        StringBuilder place = new StringBuilder();
        for (int k = i + 1; k < m.end(); k++) {
            place.append(k > i + 1 ? " " : "").append(s.token(k).word());
        }
        return gazetteer.typeOf(place.toString()).filter(EntityType::isPlace).isPresent();
    }

    private static boolean isTitlePart(String lowerWord) {
        return TitleLexicon.isTitleWord(lowerWord) || TitleLexicon.isRank(lowerWord) || TitleLexicon.isTitleModifier(lowerWord)
                || lowerWord.equals("crown");
    }

    private static boolean headOfTitle(Sentence s, Mention m) {
        return m.end() - m.start() == 1 && m.start() >= 2 && s.token(m.start()).word().matches("(?i)state|government")
                && s.token(m.start() - 1).word().equalsIgnoreCase("of") && s.token(m.start() - 2).word().equalsIgnoreCase("head");
    }

    /**
     * "Acme Envoys Meet Rebels in Lima": a capitalised headline runs names and words together into one mention. A
     * mention of three or more words in a headline ({@link Spans#headline}) that the text never repeats,
     * that holds the whole name of a mention made later, and whose other words the text writes only in lower case,
     * is no name of its own. "United Nations Security Council" keeps its "Security", which the text capitalises.
     */
    private static boolean runTogetherInHeadline(AnnotatedArticle doc, Mention m) {
        if (m.sentence() != 0 || m.end() - m.start() < 3 || !Spans.headline(doc)) {
            return false;
        }
        int bodyStart = doc.sentences().get(1).begin();
        if (doc.text().indexOf(m.text(), bodyStart) >= 0) {
            return false;
        }
        String padded = " " + m.text() + " ";
        String body = doc.text().substring(bodyStart);
        return doc.entityMentions().stream()
                .anyMatch(o -> o.sentence() > 0 && !o.text().equals(m.text()) && padded.contains(" " + o.text() + " ")
                        && Arrays.stream(m.text().split("\\s+")).filter(w -> !(" " + o.text() + " ").contains(" " + w + " "))
                        .anyMatch(w -> commonWordIn(body, w)));
    }

    /** Whether the body writes the capitalised word {@code w} (its first four letters) only in lower case. */
    private static boolean commonWordIn(String body, String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        // "Meets" and "meeting", "Envoys" and "envoy": a common stem is enough.
        String stem = lower.length() > 4 ? lower.substring(0, 4) : lower;
        String capitalStem = w.substring(0, stem.length());
        return !lower.equals(w) && lower.length() >= 3 && Pattern.compile("\\b" + Pattern.quote(stem)).matcher(body).find()
                && !Pattern.compile("\\b" + Pattern.quote(capitalStem)).matcher(body).find();
    }

    private static boolean isPronoun(Sentence s, Mention m) {
        for (int t = m.start(); t < m.end(); t++) {
            String w = s.token(t).word();
            // "US" is a country, "us" a pronoun: an all-capitals word is never the pronoun.
            boolean pronounWord = PRONOUNS.contains(w.toLowerCase(Locale.ROOT)) && !(w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)));
            if (!(s.token(t).isPronoun() && !w.equals(w.toUpperCase(Locale.ROOT))) && !pronounWord) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the Quad", "NORDA leaders": a one-word name that takes an article, or an acronym modifying a common noun, names
     * a group, not a person, whatever NER says. People's names take no article; a name in capitals alone ("HOLM:"
     * in a transcript) stays a person.
     */
    static boolean isGroupName(Sentence s, Mention m) {
        if (m.end() - m.start() != 1) {
            return false;
        }
        String word = s.token(m.start()).word();
        boolean article = m.start() > 0 && s.token(m.start() - 1).word().equalsIgnoreCase("the");
        boolean acronym = word.length() >= 2 && word.chars().allMatch(Character::isUpperCase) && m.end() < s.tokens().size()
                && s.token(m.end()).isNoun() && Character.isLowerCase(s.token(m.end()).word().charAt(0));
        return article || acronym;
    }

    static EntityType typeOfNer(String ner) {
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "COUNTRY" -> EntityType.COUNTRY;
            case "CITY" -> EntityType.CITY;
            case "LOCATION", "STATE_OR_PROVINCE" -> EntityType.PLACE;
            default -> null;
        };
    }

    private static String family(EntityType type) {
        return switch (type) {
            case PERSON -> "P";
            case ORGANIZATION -> "O";
            default -> "L";
        };
    }

    private static EntityType majorityType(List<Named> members) {
        Map<EntityType, Integer> counts = new HashMap<>();
        for (Named n : members) {
            counts.merge(n.type(), 1, Integer::sum);
        }
        // Countries win over generic places: NER tags a country LOCATION in some contexts.
        if (counts.containsKey(EntityType.COUNTRY)) {
            return EntityType.COUNTRY;
        }
        return counts.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
    }

    private static String canonicalLabel(List<Named> members, EntityType type) {
        // "Ruritania's military government", "Ruritania's government": a body goes by its plainest name as written.
        Optional<String> body = members.stream().filter(n -> n.body() != null).map(Named::name)
                .min(Comparator.<String>comparingInt(n -> words(n).size()).thenComparing(Comparator.naturalOrder()));
        if (body.isPresent()) {
            return body.get();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Named n : members) {
            if (ACRONYM.matcher(n.name()).matches() && members.stream().anyMatch(o -> !ACRONYM.matcher(o.name()).matches())) {
                continue;
            }
            counts.merge(n.name(), 1, Integer::sum);
        }
        if (type == EntityType.COUNTRY) {
            // Prefer the country's own name over a demonym-derived or possessive form.
            return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(e -> e.getKey().length())).orElseThrow().getKey();
        }
        // A dateline's capitals ("LIMA") give way to the name as written in the text.
        // "Ana Ruiz" over "A. Ruiz", however often the initial is written.
        String label = counts.keySet().stream().max(Comparator.<String>comparingInt(n -> words(n).size())
                .thenComparing(n -> !INITIALLED.matcher(n).matches())
                .thenComparing(n -> !n.equals(n.toUpperCase(Locale.ROOT)) || n.length() <= 5)
                .thenComparing(counts::get).thenComparing(Comparator.reverseOrder())).orElseThrow();
        // A city named only in a dateline ("NEW DELHI —") is written as a name, not in the dateline's capitals.
        return type == EntityType.CITY && label.equals(label.toUpperCase(Locale.ROOT)) ? titleCase(label) : label;
    }

    /** "NEW DELHI" as "New Delhi": each word's first letter kept, the rest in lower case. */
    private static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder(capitals.length());
        boolean start = true;
        for (char ch : capitals.toCharArray()) {
            out.append(start ? ch : Character.toLowerCase(ch));
            start = !Character.isLetter(ch);
        }
        return out.toString();
    }

    private static String uniqueId(EntityType type, String label, Set<String> ids) {
        String base = type.name().toLowerCase(Locale.ROOT) + "/" + slug(label);
        String id = base;
        for (int i = 2; !ids.add(id); i++) {
            id = base + "~" + i;
        }
        return id;
    }

    /** A lower-case ASCII slug of a name, for ids and IRIs. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : slug;
    }

    /**
     * "The Hague": a place the table knows with its leading article keeps it, so the rest of it ("Hague") is not read as
     * another name (a person's). Empty for a name without an article, or one the table knows only without.
     */
    private Optional<String> knownWithArticle(String text) {
        String name = text.strip().replaceAll("\\s+", " ");
        return name.startsWith("The ") && gazetteer.placeTypeOf(name).isPresent() ? Optional.of(name) : Optional.empty();
    }

    static String cleanName(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        s = s.replaceAll("^(?i)(the|a|an) ", "");
        s = s.replaceAll("\\s*'s?$", "").replaceAll("\\s*’s?$", "");
        s = s.replaceAll(" - ", "-");
        return s.strip();
    }

    static String normalize(String name) {
        return String.join(" ", words(name));
    }

    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static Evidence evidence(AnnotatedArticle doc, Mention m) {
        return new Evidence(doc.sentences().get(m.sentence()).text(), m.begin(), m.endChar());
    }

    /** Disjoint sets over mention indices. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}

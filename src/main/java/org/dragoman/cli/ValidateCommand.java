package org.dragoman.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.dragoman.rdf.GraphValidator;
import org.dragoman.store.DiplomacyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dragoman validate}: SHACL over the whole database. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates the whole database against ontology/shapes.ttl (SHACL); exit 1 on violations.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DiplomacyStore store = database.existing();
        List<String> violations = Txn.calculateRead(store.dataset(),
                () -> GraphValidator.bundled().violations(store.dataset().getUnionModel().getGraph()));
        PrintWriter out = spec.commandLine().getOut();
        violations.forEach(v -> out.println("violation: " + v));
        out.println(violations.isEmpty() ? "Valid: the database conforms to the shapes." : violations.size() + " violations.");
        out.flush();
        return violations.isEmpty() ? 0 : 1;
    }
}

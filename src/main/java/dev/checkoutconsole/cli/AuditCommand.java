package dev.checkoutconsole.cli;

import dev.checkoutconsole.api.model.ApiDate;
import dev.checkoutconsole.service.AuditEntry;
import dev.checkoutconsole.service.AuditFilter;
import dev.checkoutconsole.service.CsvExports;
import dev.checkoutconsole.service.InputValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** audit list|export: what everyone did through the console, from the local data. */
@Command(name = "audit", description = "The audit trail of every change made through the console.",
        subcommands = {AuditCommand.ListEntries.class, AuditCommand.Export.class})
final class AuditCommand {
    private static final int LIST_LIMIT_DEFAULT = 100;

    /** The filter options both subcommands take. */
    static final class FilterOptions {
        @Option(names = "--since", paramLabel = "dd/mm/yyyy", description = "From the start of this UTC day on.")
        String since;
        @Option(names = "--action", paramLabel = "A", description = "An action such as session.delete, or a family such as refund-review.")
        String action;

        AuditFilter toFilter() {
            return new AuditFilter(since == null ? null : AuditFilter.startOfDay(ApiDate.parse("since", since)), null,
                    action, null, null, null);
        }
    }

    @Command(name = "list", description = "Entries, newest first.")
    static final class ListEntries extends ApiCommand {
        @Mixin
        FilterOptions filter;
        @Option(names = "--limit", description = "At most this many (default " + LIST_LIMIT_DEFAULT + ").")
        String limit;

        @Override
        public Integer call() {
            int max = limit == null ? LIST_LIMIT_DEFAULT : InputValidation.nonNegativeInt("limit", limit);
            List<AuditEntry> entries = root().localData().audit().list(filter.toFilter(), max);
            root().print(entries, () -> ReviewTables.audit(root().out(), entries));
            return 0;
        }
    }

    @Command(name = "export", description = "Write the matching entries to a CSV file (RFC 4180).")
    static final class Export extends ApiCommand {
        @Mixin
        FilterOptions filter;
        @Option(names = "--file", required = true, paramLabel = "F", description = "The CSV file to write; replaced when complete.")
        Path file;

        @Override
        public Integer call() throws IOException {
            long rows = CsvExports.auditTrail(root().localData().audit(), filter.toFilter(), file, CsvExports.Progress.NONE,
                    uncancellable());
            root().out().println("Exported " + rows + " audit entries to " + file.toAbsolutePath());
            root().out().flush();
            return 0;
        }
    }
}

package dev.leadkit.modulecheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.Lead;
import dev.leadkit.core.NotFoundException;
import dev.leadkit.core.SyncRun;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.Fault;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.TrackingSandbox;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingLead;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a modular application sees of leadkit, checked on the module path: each jar is a named module; a
 * listing runs against each sandbox with no {@code --add-modules}; leads write to JSON and read back with
 * Jackson 2 and Jackson 3, through the modules' own exports; and the {@code internal} packages are exported to no one
 * outside leadkit, so code that reaches for them neither compiles nor runs. Prints what it checked and exits
 * 1 when a check fails.
 */
public final class ModuleCheck {

    private static final List<String> LEADKIT = List.of("dev.leadkit.core", "dev.leadkit.autocalls",
            "dev.leadkit.orgleads", "dev.leadkit.tracking", "dev.leadkit.testkit");
    private static final List<String> failures = new ArrayList<>();

    private ModuleCheck() {
    }

    /**
     * @param args unused
     */
    public static void main(String[] args) {
        everyJarIsANamedModule();
        listingsRunOnTheModulePath();
        leadsRoundTripThroughJackson();
        internalPackagesAreExportedToLeadkitOnly();
        codeOutsideLeadkitCannotCompileAgainstAnInternalPackage();
        codeOutsideLeadkitCannotReflectIntoAnInternalPackage();
        if (!failures.isEmpty()) {
            failures.forEach(failure -> System.err.println("FAILED: " + failure));
            System.exit(1);
        }
        System.out.println("module check: every check passed");
    }

    private static void check(boolean passed, String what) {
        System.out.println((passed ? "ok: " : "FAILED: ") + what);
        if (!passed) {
            failures.add(what);
        }
    }

    private static void everyJarIsANamedModule() {
        for (String name : LEADKIT) {
            var module = ModuleLayer.boot().findModule(name);
            check(module.isPresent() && !module.get().getDescriptor().isAutomatic(),
                    name + " is a named module with its own module-info");
        }
        check(AutocallsClient.class.getModule().getName().equals("dev.leadkit.autocalls"),
                "AutocallsClient is loaded from the module dev.leadkit.autocalls, not the class path");
    }

    private static void listingsRunOnTheModulePath() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(45).start();
                AutocallsClient client = AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build()) {
            long count = client.leads().list(AutocallsLeadQuery.builder().perPage(10).build()).stream().count();
            check(count == 45, "an Autocalls listing of 45 leads in 5 pages reads 45 leads (read " + count + ")");
            sandbox.faults().next(Fault.status(404));
            try {
                client.leads().list(AutocallsLeadQuery.builder().perPage(10).build()).startingAt(3).stream().count();
                check(false, "a listing whose page 3 is answered 404 fails");
            } catch (NotFoundException e) {
                check(e.page().equals(OptionalInt.of(3)), "a listing's failure names the page that failed, " + e.page());
            }
        }
        try (OrgLeadsSandbox sandbox = OrgLeadsSandbox.builder().leads(30).start();
                OrgLeadsClient client = OrgLeadsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build()) {
            check(client.leads().list().stream().count() == 30, "a Nexus ERP listing reads every lead");
        }
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(30).start();
                TrackingClient client = TrackingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build()) {
            check(client.leads().list().stream().map(Lead::platform).distinct().count() == 1,
                    "an Octanist listing reads leads of one platform");
            try (SyncRun<TrackingLead> run = client.leads().sync().all()) {
                check(run.stream().count() == 30 && run.checkpoint().platformId().equals("tracking"),
                        "an Octanist sync, walked by update time, reads every lead and makes its checkpoint");
            }
        }
    }

    private static void leadsRoundTripThroughJackson() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(5).start();
                AutocallsClient client = AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build()) {
            ObjectMapper mapper = new ObjectMapper();
            List<AutocallsLead> leads = client.leads().list().stream().collect(Collectors.toList());
            boolean equal = true;
            for (AutocallsLead lead : leads) {
                equal &= mapper.readValue(mapper.writeValueAsString(lead), AutocallsLead.class).equals(lead);
            }
            check(equal && leads.size() == 5, "leads write to JSON and read back equal with a plain ObjectMapper");
            JsonMapper jackson3 = new JsonMapper();
            boolean same = true;
            for (AutocallsLead lead : leads) {
                String json = jackson3.writeValueAsString(lead);
                same &= json.equals(mapper.writeValueAsString(lead)) && jackson3.readValue(json, AutocallsLead.class).equals(lead);
            }
            check(same, "leads write the same JSON with a plain Jackson 3 JsonMapper and read back equal");
        } catch (IOException e) {
            check(false, "leads write to JSON and read back: " + e);
        }
    }

    private static void internalPackagesAreExportedToLeadkitOnly() {
        Module self = ModuleCheck.class.getModule();
        for (String name : LEADKIT) {
            Module module = ModuleLayer.boot().findModule(name).orElseThrow();
            for (String pkg : module.getPackages()) {
                boolean internal = pkg.contains(".internal");
                if (internal) {
                    check(!module.isExported(pkg, self), name + " does not export " + pkg + " to an application");
                }
                Set<String> targets = module.getDescriptor().exports().stream()
                        .filter(export -> export.source().equals(pkg))
                        .flatMap(export -> export.targets().stream()).collect(Collectors.toSet());
                if (internal && !targets.isEmpty()) {
                    check(targets.stream().allMatch(target -> target.startsWith("dev.leadkit.")
                            || target.equals("com.fasterxml.jackson.databind") || target.equals("tools.jackson.databind")),
                            pkg + " is exported only to leadkit's modules (and Jackson 2 or 3): " + targets);
                }
            }
            boolean unqualifiedInternal = module.getDescriptor().exports().stream()
                    .anyMatch(export -> !export.isQualified() && export.source().contains(".internal"));
            check(!unqualifiedInternal, name + " exports no internal package to everyone");
        }
        ModuleDescriptor core = ModuleLayer.boot().findModule("dev.leadkit.core").orElseThrow().getDescriptor();
        check(core.exports().stream().filter(export -> !export.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()).equals(Set.of("dev.leadkit.core", "dev.leadkit.core.json")),
                "dev.leadkit.core exports exactly its two API packages to everyone");
    }

    private static void codeOutsideLeadkitCannotCompileAgainstAnInternalPackage() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            check(false, "a JDK's compiler is needed for the compile check");
            return;
        }
        String source = "package dev.leadkit.modulecheck.probe;\n"
                + "public class Probe { Object transport = dev.leadkit.core.internal.http.HttpTransport.class; }\n";
        JavaFileObject probe = new SimpleJavaFileObject(URI.create("string:///dev/leadkit/modulecheck/probe/Probe.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        StringWriter diagnostics = new StringWriter();
        String modulePath = System.getProperty("jdk.module.path");
        Boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("--module-path", modulePath, "--add-modules", "dev.leadkit.core", "-d",
                        System.getProperty("java.io.tmpdir") + "/leadkit-module-check"),
                null, List.of(probe)).call();
        check(!compiled && diagnostics.toString().contains("is not visible"),
                "a class outside leadkit that names dev.leadkit.core.internal.http does not compile (javac: "
                        + diagnostics.toString().lines().findFirst().orElse("no message") + ")");
    }

    private static void codeOutsideLeadkitCannotReflectIntoAnInternalPackage() {
        try {
            Class<?> json = Class.forName("dev.leadkit.core.internal.json.JsonTrees");
            json.getMethod("parse", String.class).invoke(null, "{}");
            check(false, "reflection into dev.leadkit.core.internal.json is refused");
        } catch (IllegalAccessException expected) {
            check(true, "reflection into dev.leadkit.core.internal.json is refused: " + expected.getMessage());
        } catch (ReflectiveOperationException | RuntimeException e) {
            check(false, "reflection into dev.leadkit.core.internal.json is refused with IllegalAccessException, got " + e);
        }
    }

    /** Keeps a sandbox type in this module's imports, so the testkit is read as a modular user's test would. */
    static Class<?> sandboxType() {
        return Sandbox.class;
    }
}

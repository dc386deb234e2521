package nl.verhuurtoezicht.deployment;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.ExperimentalApi;
import io.camunda.client.api.worker.JobClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What compiled classes ask of a Camunda gateway: the client commands they create ({@code new...} on
 * {@link CamundaClient} or {@link JobClient}) and the starter annotations that make the starter send commands
 * ({@code @JobWorker}, {@code @Deployment}). {@link #violations} names every use an 8.8 gateway may not serve.
 */
final class CamundaClientUsage {

    /** A client member used by {@code where} (class.method). */
    record Use(String member, String where) {
    }

    private static final Set<String> COMMAND_ANNOTATIONS = Set.of("JobWorker", "Deployment");
    private static final String ANNOTATION_PACKAGE = "io.camunda.client.annotation";
    private static final List<String> LEGACY_PACKAGES = List.of("io.camunda.zeebe.client", "io.camunda.zeebe.spring.client");

    private final List<Use> uses = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private CamundaClientUsage() {
    }

    static CamundaClientUsage of(JavaClasses classes) {
        CamundaClientUsage usage = new CamundaClientUsage();
        for (JavaClass javaClass : classes) {
            javaClass.getMethodCallsFromSelf().forEach(usage::recordCall);
            usage.recordAnnotations(javaClass.getName(), javaClass.getAnnotations());
            for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                usage.recordAnnotations(javaClass.getName() + "." + unit.getName(), unit.getAnnotations());
            }
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getPackageName();
                if (LEGACY_PACKAGES.stream().anyMatch(target::startsWith)) {
                    usage.problems.add(dependency.getDescription()
                            + ": the Zeebe Java client and its Spring SDK are deprecated in 8.8 and removed in 8.10; use io.camunda.client");
                }
            }
        }
        return usage;
    }

    Set<String> members() {
        Set<String> members = new TreeSet<>();
        uses.forEach(u -> members.add(u.member()));
        return members;
    }

    List<String> violations(CamundaCommandList allowed) {
        List<String> violations = new ArrayList<>(problems);
        for (Use use : uses) {
            if (!allowed.allows(use.member())) {
                violations.add(use.where() + " uses " + use.member()
                        + ", which is not on the list of commands a Camunda 8.8 gateway serves (" + CamundaCommandList.RESOURCE + ")");
            }
        }
        return violations;
    }

    private void recordCall(JavaMethodCall call) {
        String where = call.getOrigin().getOwner().getName() + "." + call.getOrigin().getName();
        Optional<? extends JavaMember> target = call.getTarget().resolveMember();
        target.filter(m -> m.getOwner().getPackageName().startsWith("io.camunda.client"))
                .ifPresent(m -> {
                    if (m.isAnnotatedWith(ExperimentalApi.class)) {
                        problems.add(where + " calls " + describe(m) + ", which is @ExperimentalApi in the Camunda client");
                    }
                    if (m.isAnnotatedWith(Deprecated.class)) {
                        problems.add(where + " calls " + describe(m) + ", which is deprecated in the Camunda client");
                    }
                });
        JavaClass owner = call.getTargetOwner();
        boolean clientCommand = call.getName().startsWith("new")
                && (owner.isAssignableTo(CamundaClient.class) || owner.isAssignableTo(JobClient.class));
        if (clientCommand) {
            String declaring = target.map(m -> m.getOwner().getSimpleName())
                    .orElse(owner.isAssignableTo(CamundaClient.class) ? "CamundaClient" : "JobClient");
            uses.add(new Use(declaring + "." + call.getName(), where));
        }
    }

    private void recordAnnotations(String where, Set<? extends JavaAnnotation<?>> annotations) {
        for (JavaAnnotation<?> annotation : annotations) {
            JavaClass type = annotation.getRawType();
            if (type.getPackageName().equals(ANNOTATION_PACKAGE) && COMMAND_ANNOTATIONS.contains(type.getSimpleName())) {
                uses.add(new Use("@" + type.getSimpleName(), where));
            }
        }
    }

    private static String describe(JavaMember member) {
        return member.getOwner().getSimpleName() + "." + member.getName();
    }
}

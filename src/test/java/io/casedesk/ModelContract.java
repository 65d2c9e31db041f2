package io.casedesk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The contract between the BPMN models and the Java code, read from both sides:
 * <ul>
 * <li>each {@code <Name>Process} class of {@code src/main/java} (one with {@code PROCESS_ID}) names a deployed model;
 * its {@code TASK_}, {@code GATEWAY_} and {@code EVENT_} constants are ids of that model, its {@code MESSAGE_}
 * constants messages the model waits for, its {@code ESCALATION_} constants escalation codes, and its other names
 * (and those of a {@code <Name>Variables} class beside it) variables that the model, its forms or the
 * model calling it use;</li>
 * <li>element ids appear in Java only in those classes;</li>
 * <li>every service task calls a {@code <Verb><Noun>Delegate} bean by {@code delegateExpression}, every listener a
 * {@code *Listener} bean; no expression calls a bean method with the execution or the task;</li>
 * <li>call activities map each variable explicitly, never {@code variables="all"}, and each variable that crosses
 * is named by exactly one constants class.</li>
 * </ul>
 * {@link #violations} lists what breaks it, so that a test shows both the real models and a broken copy.
 */
final class ModelContract {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern ELEMENT_ID_LITERAL = Pattern.compile(
            "\"((?:Task|Gateway|StartEvent|EndEvent|MessageEvent|TimerEvent|BoundaryEvent|SubProcess|CallActivity|Event)_\\w+)\"");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([a-z][A-Za-z0-9]*)}$");
    private static final Pattern METHOD_WITH_CONTEXT = Pattern.compile("\\w+\\.\\w+\\(\\s*(execution|task)\\b");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    private final Map<String, String> modelXml;
    private final Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
    private final List<Class<?>> constantClasses;
    private final Set<String> beans;
    private final List<String> violations = new ArrayList<>();

    private ModelContract(Map<String, String> modelXml) {
        this.modelXml = modelXml;
        modelXml.forEach((file, xml) -> models.put(file,
                Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))));
        this.constantClasses = constantClasses();
        this.beans = componentBeans();
    }

    /** The models of {@code processes/}, by file name. */
    static Map<String, String> deployedModels() throws IOException {
        Map<String, String> xml = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                xml.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return xml;
    }

    /** What breaks the contract between these models and the Java code; empty when it holds. */
    static List<String> violations(Map<String, String> modelXml) {
        ModelContract contract = new ModelContract(modelXml);
        contract.checkConstantClasses();
        contract.checkIdsOnlyInConstantClasses();
        contract.checkDelegatesAndListeners();
        contract.checkCallActivities();
        return contract.violations;
    }

    // --- what Java names ------------------------------------------------------------------------

    private void checkConstantClasses() {
        for (Class<?> type : constantClasses) {
            if (!type.getSimpleName().endsWith("Process")) {
                continue;
            }
            Map<String, String> names = constants(type);
            String processId = names.get("PROCESS_ID");
            Optional<String> file = modelOf(processId);
            if (file.isEmpty()) {
                violations.add(type.getSimpleName() + ".PROCESS_ID " + processId + " is no process of processes/");
                continue;
            }
            BpmnModelInstance model = models.get(file.get());
            String places = placesOf(file.get(), processId);
            Set<String> named = names.entrySet().stream().filter(e -> e.getKey().startsWith("MESSAGE_"))
                    .map(Map.Entry::getValue).collect(Collectors.toSet());
            for (String message : messagesWaitedFor(model)) {
                if (!named.contains(message)) {
                    violations.add(file.get() + " waits for the message " + message + ", which " + type.getSimpleName()
                            + " does not name: nothing delivers it on purpose");
                }
            }
            for (Class<?> declaring : classesOf(processId)) {
                constants(declaring).forEach((constant, value) -> check(declaring, file.get(), model, places, constant,
                        value));
            }
        }
    }

    private void check(Class<?> type, String file, BpmnModelInstance model, String places, String constant,
            String value) {
        String where = type.getSimpleName() + "." + constant + " (" + value + ")";
        boolean variablesOnly = type.getSimpleName().endsWith("Variables");
        if (variablesOnly) {
            checkVariable(where, file, places, value);
        } else if (constant.startsWith("TASK_") || constant.startsWith("GATEWAY_") || constant.startsWith("EVENT_")) {
            if (model.getModelElementById(value) == null) {
                violations.add(where + " names no element of " + file);
            }
        } else if (constant.startsWith("MESSAGE_")) {
            if (!messagesWaitedFor(model).contains(value)) {
                violations.add(where + " is no message that " + file + " waits for");
            }
        } else if (constant.startsWith("ESCALATION_")) {
            if (model.getModelElementsByType(Escalation.class).stream()
                    .noneMatch(e -> value.equals(e.getEscalationCode()))) {
                violations.add(where + " is no escalation code of " + file);
            }
        } else if (!constant.equals("PROCESS_ID")) {
            checkVariable(where, file, places, value);
        }
    }

    /** A name that reads like a variable (values such as {@code CLOSED} are not) is used where the model is. */
    private void checkVariable(String where, String file, String places, String value) {
        if (VARIABLE_NAME.matcher(value).matches() && !Pattern.compile("\\b" + value + "\\b").matcher(places).find()) {
            violations.add(where + " is a variable that neither " + file + ", its forms nor a model calling it use");
        }
    }

    private static Set<String> messagesWaitedFor(BpmnModelInstance model) {
        Set<String> names = new TreeSet<>();
        model.getModelElementsByType(MessageEventDefinition.class).stream().filter(d -> d.getMessage() != null)
                .forEach(d -> names.add(d.getMessage().getName()));
        model.getModelElementsByType(ReceiveTask.class).stream().filter(t -> t.getMessage() != null)
                .forEach(t -> names.add(t.getMessage().getName()));
        return names;
    }

    /** The text a variable of the model may appear in: the model, the forms of its tasks, the models calling it. */
    private String placesOf(String file, String processId) {
        StringBuilder places = new StringBuilder(modelXml.get(file));
        BpmnModelInstance model = models.get(file);
        List<String> formRefs = new ArrayList<>();
        model.getModelElementsByType(UserTask.class).forEach(task -> formRefs.add(task.getCamundaFormRef()));
        model.getModelElementsByType(StartEvent.class).forEach(event -> formRefs.add(event.getCamundaFormRef()));
        for (String ref : formRefs) {
            Path form = Path.of("forms", ref + ".form");
            if (ref != null && Files.exists(form)) {
                places.append(read(form));
            }
        }
        models.forEach((other, instance) -> {
            if (instance.getModelElementsByType(CallActivity.class).stream()
                    .anyMatch(call -> processId.equals(call.getCalledElement()))) {
                places.append(modelXml.get(other));
            }
        });
        return places.toString();
    }

    private void checkIdsOnlyInConstantClasses() {
        Set<String> allowed = constantClasses.stream().map(type -> type.getSimpleName() + ".java").collect(Collectors.toSet());
        for (Path source : sources()) {
            if (allowed.contains(source.getFileName().toString())) {
                continue;
            }
            Matcher literal = ELEMENT_ID_LITERAL.matcher(read(source));
            while (literal.find()) {
                violations.add(SOURCES.relativize(source) + " names the element " + literal.group(1)
                        + " outside a <Name>Process class");
            }
        }
    }

    // --- how the models call Java -----------------------------------------------------------------

    private void checkDelegatesAndListeners() {
        models.forEach((file, model) -> {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                String bean = bean(task.getCamundaDelegateExpression());
                if (bean == null || !bean.endsWith("Delegate")) {
                    violations.add(file + " " + task.getId() + " does not call a <Verb><Noun>Delegate bean by "
                            + "delegateExpression");
                } else if (!beans.contains(bean)) {
                    violations.add(file + " " + task.getId() + " calls " + bean + ", which is no bean of Casedesk");
                }
            }
            Matcher listener = Pattern.compile("<camunda:(?:task|execution)Listener ([^>]*)>").matcher(modelXml.get(file));
            while (listener.find()) {
                Matcher expression = Pattern.compile("delegateExpression=\"([^\"]*)\"").matcher(listener.group(1));
                String bean = expression.find() ? bean(expression.group(1)) : null;
                if (bean == null || !bean.endsWith("Listener") || !beans.contains(bean)) {
                    violations.add(file + " has a listener that calls no *Listener bean: " + listener.group(1));
                }
            }
            Matcher call = METHOD_WITH_CONTEXT.matcher(modelXml.get(file));
            while (call.find()) {
                violations.add(file + " calls a bean method with the " + call.group(1) + ": " + call.group());
            }
        });
    }

    private static String bean(String expression) {
        if (expression == null) {
            return null;
        }
        Matcher matcher = BEAN_EXPRESSION.matcher(expression.strip());
        return matcher.matches() ? matcher.group(1) : null;
    }

    private void checkCallActivities() {
        models.forEach((file, model) -> {
            String caller = model.getModelElementsByType(Process.class).iterator().next().getId();
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                Map<String, List<String>> owners = new HashMap<>();
                for (Class<?> type : union(classesOf(caller), classesOf(call.getCalledElement()))) {
                    constants(type).forEach((constant, value) -> owners.computeIfAbsent(value, v -> new ArrayList<>())
                            .add(type.getSimpleName()));
                }
                List<String> crossing = new ArrayList<>();
                for (CamundaIn in : mappings(call, CamundaIn.class)) {
                    if ("all".equals(in.getCamundaVariables())) {
                        violations.add(file + " " + call.getId() + " passes all variables in");
                    } else if (in.getCamundaBusinessKey() == null) {
                        crossing.add(in.getCamundaSource());
                        crossing.add(in.getCamundaTarget());
                    }
                }
                for (CamundaOut out : mappings(call, CamundaOut.class)) {
                    if ("all".equals(out.getCamundaVariables())) {
                        violations.add(file + " " + call.getId() + " passes all variables out");
                    } else {
                        crossing.add(out.getCamundaSource());
                        crossing.add(out.getCamundaTarget());
                    }
                }
                for (String variable : crossing.stream().distinct().toList()) {
                    List<String> named = owners.getOrDefault(variable, List.of());
                    if (named.size() != 1) {
                        violations.add(file + " " + call.getId() + " passes " + variable + ", which "
                                + (named.isEmpty() ? "no constants class names" : "several classes name: " + named));
                    }
                }
            }
        });
    }

    private static <T extends ModelElementInstance> List<T> mappings(CallActivity call, Class<T> kind) {
        return call.getExtensionElements() == null ? List.of()
                : call.getExtensionElements().getElementsQuery().filterByType(kind).list();
    }

    // --- the Java side ----------------------------------------------------------------------------

    private Optional<String> modelOf(String processId) {
        return models.entrySet().stream()
                .filter(entry -> entry.getValue().getModelElementsByType(Process.class).stream()
                        .anyMatch(process -> process.getId().equals(processId)))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The {@code <Name>Process} class of the process, and its {@code <Name>Variables} class if it has one. */
    private List<Class<?>> classesOf(String processId) {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> type : constantClasses) {
            if (type.getSimpleName().endsWith("Process") && processId.equals(constants(type).get("PROCESS_ID"))) {
                classes.add(type);
                String variables = type.getSimpleName().replaceFirst("Process$", "Variables");
                constantClasses.stream().filter(other -> other.getSimpleName().equals(variables)).forEach(classes::add);
            }
        }
        return classes;
    }

    private static List<Class<?>> union(List<Class<?>> first, List<Class<?>> second) {
        List<Class<?>> all = new ArrayList<>(first);
        second.stream().filter(type -> !all.contains(type)).forEach(all::add);
        return all;
    }

    /** The {@code <Name>Process} classes with a {@code PROCESS_ID} and the {@code <Name>Variables} classes beside them. */
    private static List<Class<?>> constantClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (Path source : sources()) {
            String name = source.getFileName().toString();
            if (name.endsWith("Process.java") || name.endsWith("Variables.java")) {
                Class<?> type = load(source);
                boolean isProcess = name.endsWith("Process.java") && constants(type).containsKey("PROCESS_ID");
                boolean isVariables = name.endsWith("Variables.java") && Files.exists(
                        source.resolveSibling(name.replace("Variables.java", "Process.java")));
                if (isProcess || isVariables) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }

    /** The static final String constants of a class, by field name. */
    static Map<String, String> constants(Class<?> type) {
        Map<String, String> constants = new LinkedHashMap<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                try {
                    field.setAccessible(true);
                    constants.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return constants;
    }

    /** The bean names of Casedesk's {@code @Component} classes (the class name, starting in lower case). */
    private static Set<String> componentBeans() {
        return sources().stream().filter(source -> read(source).contains("@Component"))
                .map(source -> source.getFileName().toString().replace(".java", ""))
                .map(name -> Character.toLowerCase(name.charAt(0)) + name.substring(1)).collect(Collectors.toSet());
    }

    private static Class<?> load(Path source) {
        String name = SOURCES.relativize(source).toString().replace(".java", "").replace('/', '.');
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is not compiled", e);
        }
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

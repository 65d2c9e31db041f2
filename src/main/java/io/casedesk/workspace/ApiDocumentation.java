package io.casedesk.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

import io.casedesk.macd.MacdTask;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The OpenAPI document of {@code /api} ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui/index.html}): HTTP Basic
 * for every operation but the public status, tags by capability, the problem responses each operation can give
 * ({@code application/problem+json}), the configured product lines and categories as enums, and the {@code details} of a
 * new case by type. Summaries and success responses that differ from a plain {@code 200} are written on the controllers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String PROBLEM = "Problem";

    /** Capabilities, by the package of their controllers. */
    private static final Map<String, Tag> TAGS = new LinkedHashMap<>();

    static {
        tag("supportcase", "Cases", "Open, follow, comment, reopen and confirm support cases.");
        tag("escalation", "Escalation", "Ask for a case to be escalated along the organization's escalation path.");
        tag("incident", "Incidents and field dispatch", "The incident flow of a case and its technician visit.");
        tag("macd", "MACD requests and billing", "Moves, adds, changes and deletes, their approval, and their fees.");
        tag("mastercase", "Master cases", "P1G master cases for outages that touch many customers.");
        tag("maintenance", "Maintenance", "Announced maintenance windows.");
        tag("notification", "Notifications", "The mails a case sent.");
        tag("customer", "Organizations and contacts", "Customers, their contacts and their roles (onboarding).");
        tag("invoice", "Invoices", "Monthly invoices and their PDF.");
        tag("report", "SLA reports", "What each plan promised and what support delivered, month by month.");
        tag("sla", "SLA", "SLA targets and due times.");
        tag("monitoring", "Monitoring", "Devices whose SNMP traps open cases.");
        tag("project", "Implementation projects", "Implementation projects and their sign-off.");
        tag("solutions", "Solutions Center", "Knowledge articles in English and Spanish.");
        tag("statuspage", "Status", "The public service status.");
    }

    private static void tag(String module, String name, String description) {
        TAGS.put(module, new Tag().name(name).description(description));
    }

    @Bean
    OpenAPI casedeskApi() {
        return new OpenAPI()
                .info(new Info().title("Casedesk API").version("1.0")
                        .description("Customer support of a unified-communications provider: cases, SLAs, MACD, "
                                + "incidents, maintenance, master cases, invoices and reports. Sign in with HTTP Basic: a "
                                + "staff login, or a contact's email address and password. Every refusal is an RFC 9457 "
                                + "problem (application/problem+json) and changes nothing.")
                        .contact(new Contact().name("Casedesk support").email("support@casedesk.example")
                                .url("https://www.casedesk.example/support")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A staff login, or a contact's email address and password."))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .tags(new ArrayList<>(TAGS.values()));
    }

    /** Tag by capability, and the problem responses every operation can give. */
    @Bean
    OperationCustomizer capabilitiesAndProblems() {
        return (operation, handler) -> {
            String module = handler.getBeanType().getPackageName().replaceFirst("^io\\.casedesk\\.", "")
                    .replaceFirst("\\..*$", "");
            Tag tag = TAGS.get(module);
            operation.setTags(tag == null ? null : new ArrayList<>(List.of(tag.getName())));
            return operation;
        };
    }

    /** What only the whole document knows: paths, methods, request bodies and the configured enums. */
    @Bean
    OpenApiCustomizer problemsEnumsAndDetails(Environment environment) {
        Binder binder = Binder.get(environment);
        List<String> productLines = binder.bind("casedesk.cases.product-lines", Bindable.listOf(String.class))
                .orElse(List.of());
        List<String> categories = binder.bind("casedesk.cases.categories", Bindable.listOf(String.class)).orElse(List.of());
        Map<String, List<String>> macdFields = binder.<Map<String, List<String>>>bind("casedesk.macd.required-fields",
                Bindable.of(ResolvableType.forClassWithGenerics(Map.class, ResolvableType.forClass(String.class),
                        ResolvableType.forClassWithGenerics(List.class, String.class)))).orElse(Map.of());
        return api -> {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    document(path, method, operation)));
            Map<String, Schema> schemas = api.getComponents().getSchemas();
            schemas.values().forEach(schema -> typeEnums(schema, productLines, categories));
            schemas.putAll(detailSchemas(macdFields));
            Schema<?> newCase = schemas.get("NewCase");
            if (newCase != null && newCase.getProperties() != null) {
                newCase.getProperties().put("details", new Schema<>().description("Facts of the case, by its type: "
                        + "INCIDENT needs IncidentDetails, MACD needs MacdDetails, BILLING may name a disputed fee "
                        + "(BillingDetails); other types take any object.")
                        .oneOf(List.of(ref("IncidentDetails"), ref("MacdDetails"), ref("BillingDetails"),
                                new ObjectSchema().description("Free-form facts"))));
            }
        };
    }

    /**
     * The problems an operation can answer with: 400 always (a malformed parameter or body), 401 and 403 unless public,
     * 404 when it names something (in its path, its body or an organization parameter), 406 when the client accepts none
     * of its media types, 409 and 422 when it changes something (a state that does not allow the change, a rule of the
     * plan), 413 and 415 when it takes a body, 500 when it fails. Every one is a problem ({@code application/problem+json}).
     * Success content without a declared type is JSON.
     */
    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.values().forEach(response -> {
            if (response.getContent() != null && response.getContent().containsKey("*/*")) {
                MediaType any = response.getContent().remove("*/*");
                response.getContent().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
            }
        });
        boolean isPublic = path.startsWith("/api/status");
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean body = operation.getRequestBody() != null;
        problem(responses, "400", "The request is malformed: a parameter or the body is missing, unreadable or invalid.");
        if (isPublic) {
            operation.setSecurity(List.of());
        } else {
            problem(responses, "401", "Sign in with HTTP Basic.");
            problem(responses, "403", "The login may not do this (a contact who is not an MPOC, a contact calling a staff "
                    + "operation).");
        }
        boolean namesSomething = path.contains("{") || body || operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> "organization".equals(parameter.getName()));
        if (namesSomething) {
            problem(responses, "404", "It (the case, the organization, …) does not exist, or belongs to another "
                    + "organization.");
        }
        problem(responses, "406", "None of the media types in Accept can be produced.");
        if (changes) {
            problem(responses, "409", "The current state does not allow this (e.g. an illegal status change), or someone "
                    + "changed it at the same time.");
            problem(responses, "422", "The request is well formed but a rule of the plan refuses it.");
        }
        if (body) {
            problem(responses, "413", "The body is larger than the API accepts.");
            problem(responses, "415", "The Content-Type is not one this operation reads.");
        }
        problem(responses, "500", "The request could not be completed, and nothing was changed; try again.");
        // every refusal, whether added here or written on the controller, is a problem
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(new Content().addMediaType(
                        org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(ref(PROBLEM))));
            }
        });
        operation.setResponses(sorted(responses));
    }

    /** The problem status, unless the controller documents it already (its description then stands). */
    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description));
        }
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        new TreeSet<>(responses.keySet()).forEach(status -> sorted.addApiResponse(status, responses.get(status)));
        return sorted;
    }

    /** Product lines and categories are configured lists: the document offers the configured values. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void typeEnums(Schema<?> schema, List<String> productLines, List<String> categories) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            Schema target = property instanceof ArraySchema array ? array.getItems() : property;
            if (target == null || !"string".equals(target.getType()) && target.getTypes() == null) {
                return;
            }
            if (("productLine".equals(name) || "productLines".equals(name)) && !productLines.isEmpty()) {
                target.setEnum(new ArrayList<>(productLines));
            } else if (("category".equals(name) || "categories".equals(name)) && !categories.isEmpty()) {
                target.setEnum(new ArrayList<>(categories));
            }
        });
    }

    private static Map<String, Schema> detailSchemas(Map<String, List<String>> macdFields) {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put("IncidentDetails", new ObjectSchema()
                .description("What an incident report needs: the extension affected, the call direction, the other party's "
                        + "number and when it happened.")
                .addProperty("extension", new StringSchema().example("2041"))
                .addProperty("direction", new StringSchema()._enum(List.of("INBOUND", "OUTBOUND", "BOTH")))
                .addProperty("counterpartNumber", new StringSchema().example("+15551234567"))
                .addProperty("occurredAt", new DateTimeSchema())
                .required(List.of("extension", "direction", "counterpartNumber", "occurredAt")));
        ObjectSchema macd = new ObjectSchema();
        macd.addProperty("task", new StringSchema()._enum(java.util.Arrays.stream(MacdTask.values()).map(Enum::name).toList()));
        macd.addProperty("expedited", new BooleanSchema().description("Expedited service level (a surcharge may apply)"));
        macd.addProperty("extensionType", new StringSchema()._enum(List.of("SIP", "TEAMS")));
        macd.addProperty("teamsEmail", new StringSchema().format("email").description("Required for a TEAMS activation"));
        Set<String> fields = new LinkedHashSet<>();
        macdFields.values().forEach(fields::addAll);
        fields.stream().filter(field -> !macd.getProperties().containsKey(field))
                .forEach(field -> macd.addProperty(field, new StringSchema()));
        StringBuilder byTask = new StringBuilder("A move, add, change or delete. Fields each task requires: ");
        macdFields.forEach((task, required) -> byTask.append(task).append(": ").append(String.join(", ", required))
                .append("; "));
        schemas.put("MacdDetails", macd.description(byTask.toString().replaceFirst("; $", ".")).required(List.of("task")));
        schemas.put("BillingDetails", new ObjectSchema()
                .description("A billing request; naming the MACD case whose fee is disputed opens a fee dispute.")
                .addProperty("disputedCase", new StringSchema().pattern("^CS-\\d{6,}$").example("CS-000123")));
        return schemas;
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details: what was refused and why; nothing changed.")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("Invalid request: subject must not be blank."))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/cases"))
                .addProperty("errors", new ArraySchema().items(new StringSchema())
                        .description("Each invalid field, when the body failed validation"))
                .required(List.of("status", "detail"));
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }
}

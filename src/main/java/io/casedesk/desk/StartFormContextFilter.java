package io.casedesk.desk;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Tasklist loads no variables for a start form, so the start form's context ({@link FormContext#forStart})
 * is written into the Camunda Form as Tasklist fetches it ({@code .../deployed-start-form}): a select's
 * {@code valuesKey} becomes its {@code values}, and a context variable named in a FEEL expression
 * ({@code =get value(mpocsByOrganization, organization)}) becomes a FEEL literal of its value.
 */
class StartFormContextFilter extends OncePerRequestFilter {

    static final String URL_PATTERN = "/camunda/api/engine/engine/*";
    private static final Pattern TEMPLATE_LABEL = Pattern.compile("\\{\\{\\s*" + FormContext.FORM_LABELS + "\\.(\\w+)\\s*}}");
    private static final Pattern FEEL_LABEL = Pattern.compile("(?<![\\w.\"])" + FormContext.FORM_LABELS + "\\.(\\w+)");
    private static final Pattern START_FORM = Pattern.compile(".*/process-definition/([^/]+)/deployed-start-form$");

    private final ObjectProvider<FormContext> context;
    private final ObjectProvider<RepositoryService> repositoryService;
    private final ObjectMapper json;

    /** The context and the engine are looked up at the first request: the filter is created before either exists. */
    StartFormContextFilter(ObjectProvider<FormContext> context, ObjectProvider<RepositoryService> repositoryService,
            ObjectMapper json) {
        this.context = context;
        this.repositoryService = repositoryService;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !START_FORM.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher matcher = START_FORM.matcher(request.getRequestURI());
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        if (!matcher.matches() || wrapper.getStatus() != HttpServletResponse.SC_OK || body.length == 0) {
            wrapper.copyBodyToResponse();
            return;
        }
        String processKey;
        try {
            processKey = repositoryService.getObject().getProcessDefinition(matcher.group(1)).getKey();
        } catch (ProcessEngineException unknown) {
            wrapper.copyBodyToResponse();
            return;
        }
        JsonNode form = json.readTree(body);
        fill(form, context.getObject().forStart(processKey, user(request)));
        byte[] filled = json.writeValueAsBytes(form);
        wrapper.resetBuffer();
        wrapper.setContentLength(filled.length);
        wrapper.getOutputStream().write(filled);
        wrapper.copyBodyToResponse();
    }

    private void fill(JsonNode node, Map<String, Object> values) {
        if (node instanceof ObjectNode object) {
            JsonNode key = object.get("valuesKey");
            if (key != null && values.containsKey(key.asText())) {
                object.set("values", json.valueToTree(values.get(key.asText())));
                object.remove("valuesKey");
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue() instanceof TextNode text && text.asText().startsWith("=")) {
                    field.setValue(new TextNode(inline(labels(text.asText(), values, FEEL_LABEL, true), values)));
                } else if (field.getValue() instanceof TextNode text && text.asText().contains("{{")) {
                    field.setValue(new TextNode(labels(text.asText(), values, TEMPLATE_LABEL, false)));
                } else {
                    fill(field.getValue(), values);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> fill(element, values));
        }
    }

    /**
     * Writes the form labels in (the label table's texts in the agent's language): {@code {{formLabels.priority}}} in a
     * label or description as the text, {@code formLabels.starts} in a FEEL expression as a string literal.
     */
    @SuppressWarnings("unchecked")
    private static String labels(String text, Map<String, Object> values, Pattern reference, boolean feel) {
        Map<String, String> labels = (Map<String, String>) values.getOrDefault(FormContext.FORM_LABELS, Map.of());
        return reference.matcher(text).replaceAll(match -> {
            String label = labels.getOrDefault(match.group(1), match.group(1));
            return Matcher.quoteReplacement(feel ? quote(label) : label);
        });
    }

    /** Replaces each context variable named in a FEEL expression by a FEEL literal of its value. */
    private String inline(String expression, Map<String, Object> values) {
        String result = expression;
        for (Map.Entry<String, Object> value : values.entrySet()) {
            Pattern name = Pattern.compile("(?<![\\w.\"])" + Pattern.quote(value.getKey()) + "(?![\\w\"])");
            if (name.matcher(result).find()) {
                result = name.matcher(result).replaceAll(Matcher.quoteReplacement(feel(json.valueToTree(value.getValue()))));
            }
        }
        return result;
    }

    /** A JSON value as a FEEL literal: objects are contexts, arrays lists, strings quoted. */
    private static String feel(JsonNode node) {
        if (node.isObject()) {
            StringBuilder context = new StringBuilder("{");
            node.fields().forEachRemaining(field -> context.append(context.length() > 1 ? ", " : "")
                    .append(quote(field.getKey())).append(": ").append(feel(field.getValue())));
            return context.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder list = new StringBuilder("[");
            node.forEach(element -> list.append(list.length() > 1 ? ", " : "").append(feel(element)));
            return list.append(']').toString();
        }
        if (node.isTextual()) {
            return quote(node.asText());
        }
        return node.isNull() ? "null" : node.toString();
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications == null ? null : authentications.getAuthentications().stream()
                .filter(UserAuthentication.class::isInstance).map(auth -> auth.getName()).findFirst().orElse(null);
    }
}

package io.casedesk.supportcase.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.casedesk.common.DateTimeInput;
import io.casedesk.customer.Caller;
import io.casedesk.customer.Callers;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.SlaStatus;
import io.casedesk.supportcase.AttachmentInfo;
import io.casedesk.supportcase.CaseAttachment;
import io.casedesk.supportcase.CaseComment;
import io.casedesk.supportcase.CaseFilter;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseStatus;
import io.casedesk.supportcase.NewCase;
import io.casedesk.supportcase.Priority;
import io.casedesk.supportcase.SupportCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The case API of API.md, for agents and customer contacts. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The unique constraint a concurrent retry with the same key breaks (V2__support_cases.sql). */
    private static final String IDEMPOTENCY_CONSTRAINT = "support_case_idempotency_unique";

    record CommentRequest(@NotBlank @Size(max = 20000) String body, @JsonProperty("public") Boolean visibleToCustomer) {
    }

    record CommentRepresentation(Long id, OffsetDateTime at, String author, CaseComment.AuthorKind authorType, String body,
            @JsonProperty("public") boolean visibleToCustomer) {
    }

    record ReopenRequest(@Size(max = 2000) String reason) {
    }

    record ResolutionAnswer(@NotNull Boolean confirmed, @Size(max = 20000) String comment) {
    }

    record CasePage(List<CaseRepresentation> items, int page, int size, long totalItems, int totalPages) {
    }

    private final CaseManagement cases;
    private final Callers callers;
    private final CustomerDirectory directory;
    private final SlaClocks slaClocks;

    CaseController(CaseManagement cases, Callers callers, CustomerDirectory directory, SlaClocks slaClocks) {
        this.cases = cases;
        this.callers = callers;
        this.directory = directory;
        this.slaClocks = slaClocks;
    }

    @Operation(summary = "Open a case")
    @ApiResponse(responseCode = "201", description = "The case was opened",
            headers = @Header(name = "Location", description = "The address of what was created"))
    @ApiResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the case opened the first time",
            headers = @Header(name = "Location", description = "The address of the case"))
    @PostMapping
    ResponseEntity<CaseRepresentation> open(@Valid @RequestBody NewCase request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Caller caller = callers.current();
        CaseManagement.OpenedCase opened;
        try {
            opened = cases.open(request, caller, idempotencyKey);
        } catch (DataIntegrityViolationException concurrentRetry) {
            // only a retry that raced the first request breaks the key's uniqueness; anything else is no retry
            if (idempotencyKey == null || !String.valueOf(concurrentRetry.getMostSpecificCause().getMessage())
                    .toLowerCase(Locale.ROOT).contains(IDEMPOTENCY_CONSTRAINT)) {
                throw concurrentRetry;
            }
            opened = new CaseManagement.OpenedCase(cases.openedWith(caller, idempotencyKey), false);
        }
        SupportCase c = opened.supportCase();
        return opened.created()
                ? ResponseEntity.created(location(c)).body(represent(c))
                : ResponseEntity.ok().location(location(c)).body(represent(c));
    }

    @Operation(summary = "Read a case")
    @GetMapping("/{number}")
    CaseRepresentation get(@PathVariable String number) {
        return represent(cases.get(number, callers.current()));
    }

    /**
     * Lists and searches cases, newest first. {@code q}: words that must each occur in the number, subject,
     * description or a comment; {@code openedFrom}/{@code openedBefore}: a date (midnight in the
     * organization's zone, UTC when no organization is given) or a date and time with offset.
     */
    @Operation(summary = "Search and list cases, newest first")
    @GetMapping
    CasePage list(@RequestParam(required = false) String organization, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) Priority priority, @RequestParam(required = false) String productLine,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) String openedFrom, @RequestParam(required = false) String openedBefore,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Caller caller = callers.current();
        String zoneOwner = organization != null ? organization : caller.organization();
        ZoneId zone = zoneOwner == null ? ZoneOffset.UTC : zoneOf(caller, zoneOwner);
        var filter = new CaseFilter(organization, status, priority, productLine, q,
                DateTimeInput.parseDay(openedFrom, zone, "openedFrom"),
                DateTimeInput.parseDay(openedBefore, zone, "openedBefore"));
        Page<SupportCase> result = cases.list(filter, caller, page, size);
        Map<String, ZoneId> zones = new HashMap<>();
        Map<String, SlaStatus> sla = slaClocks.statuses(result.getContent().stream().map(SupportCase::number).toList());
        List<CaseRepresentation> items = result.getContent().stream()
                .map(c -> CaseRepresentation.of(c, sla.getOrDefault(c.number(), SlaStatus.NONE),
                        zones.computeIfAbsent(c.organization(), this::zoneOf)))
                .toList();
        return new CasePage(items, page, size, result.getTotalElements(), result.getTotalPages());
    }

    @Operation(summary = "Comment on a case, with files")
    @ApiResponse(responseCode = "201", description = "The comment was added")
    @PostMapping("/{number}/comments")
    ResponseEntity<CommentRepresentation> comment(@PathVariable String number, @Valid @RequestBody CommentRequest request) {
        Caller caller = callers.current();
        boolean visible = request.visibleToCustomer() == null || request.visibleToCustomer();
        CaseComment comment = cases.comment(number, request.body(), visible, caller);
        SupportCase c = cases.get(number, caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(represent(comment, zoneOf(c.organization())));
    }

    @Operation(summary = "List the comments of a case the caller may read")
    @GetMapping("/{number}/comments")
    List<CommentRepresentation> comments(@PathVariable String number) {
        Caller caller = callers.current();
        ZoneId zone = zoneOf(cases.get(number, caller).organization());
        return cases.comments(number, caller).stream().map(comment -> represent(comment, zone)).toList();
    }

    @Operation(summary = "List the files of a case")
    @GetMapping("/{number}/attachments")
    List<AttachmentInfo> attachments(@PathVariable String number) {
        return cases.attachments(number, callers.current());
    }

    @Operation(summary = "Download a file of a case")
    @GetMapping("/{number}/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable long id) {
        CaseAttachment attachment = cases.attachment(number, id, callers.current());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.filename(), StandardCharsets.UTF_8).build().toString())
                .body(attachment.content());
    }

    @Operation(summary = "Reopen a closed case (after the reopen window: a new related case)")
    @ApiResponse(responseCode = "200", description = "The case was reopened")
    @ApiResponse(responseCode = "201", description = "The case was closed too long ago: a new related case was opened",
            headers = @Header(name = "Location", description = "The address of what was created"))
    @PostMapping("/{number}/reopen")
    ResponseEntity<CaseRepresentation> reopen(@PathVariable String number,
            @Valid @RequestBody(required = false) ReopenRequest request) {
        CaseManagement.Reopened reopened = cases.reopen(number, request == null ? null : request.reason(), callers.current());
        SupportCase c = reopened.supportCase();
        return reopened.newCase()
                ? ResponseEntity.created(location(c)).body(represent(c))
                : ResponseEntity.ok(represent(c));
    }

    @Operation(summary = "Confirm a resolution or report the issue not fixed")
    @PostMapping("/{number}/resolution")
    CaseRepresentation answerResolution(@PathVariable String number, @Valid @RequestBody ResolutionAnswer answer) {
        return represent(cases.answerResolution(number, answer.confirmed(), answer.comment(), callers.current()));
    }

    private CaseRepresentation represent(SupportCase c) {
        return CaseRepresentation.of(c, slaClocks.status(c.number()), zoneOf(c.organization()));
    }

    private static CommentRepresentation represent(CaseComment comment, ZoneId zone) {
        return new CommentRepresentation(comment.id(), CaseRepresentation.at(comment.at(), zone), comment.author(),
                comment.authorKind(), comment.body(), comment.isPublic());
    }

    private ZoneId zoneOf(Caller caller, String organization) {
        caller.requireAccessTo(organization);
        return zoneOf(organization);
    }

    private ZoneId zoneOf(String organization) {
        return directory.organization(organization).timeZone();
    }

    private static URI location(SupportCase c) {
        return URI.create("/api/cases/" + c.number());
    }
}

package io.casedesk.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Documents as PDF: a Thymeleaf page written like any other, parsed by jsoup and laid out by openhtmltopdf (HTML and
 * CSS to PDF on Apache PDFBox). Invoices and SLA reports are made this way.
 */
@Component
public class PdfPages {

    private final ITemplateEngine templates;

    PdfPages(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The template rendered with the context, as a PDF. */
    public byte[] render(String template, Context context) {
        String html = templates.process(template, context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}

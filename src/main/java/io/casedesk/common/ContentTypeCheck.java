package io.casedesk.common;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request whose {@code Content-Type} names no single media type ({@code *}{@code /*}, {@code text/*},
 * or nothing readable) with 415, before anything tries to read its body.
 */
class ContentTypeCheck extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !names(contentType)) {
            ProblemResponses.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + contentType
                    + "' names no media type the API reads; send application/json.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean names(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}

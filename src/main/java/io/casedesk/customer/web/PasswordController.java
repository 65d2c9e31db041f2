package io.casedesk.customer.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.casedesk.common.GoneException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.customer.ContactLogins;

/** The page of a set-password link mailed to a new contact ({@code /portal/password/{token}}). */
@Controller
class PasswordController {

    private final ContactLogins logins;

    PasswordController(ContactLogins logins) {
        this.logins = logins;
    }

    @GetMapping("/portal/password/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("login", logins.loginOf(token));
        } catch (GoneException gone) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("gone", true);
        }
        model.addAttribute("minLength", ContactLogins.MIN_PASSWORD_LENGTH);
        model.addAttribute("token", token);
        return "portal/password";
    }

    @PostMapping("/portal/password/{token}")
    String set(@PathVariable String token, @RequestParam(required = false) String password,
            @RequestParam(required = false) String repeated, Model model, HttpServletResponse response) {
        model.addAttribute("minLength", ContactLogins.MIN_PASSWORD_LENGTH);
        model.addAttribute("token", token);
        try {
            model.addAttribute("done", logins.setPassword(token, password, repeated));
        } catch (GoneException gone) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("gone", true);
        } catch (InvalidRequestException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("login", logins.loginOf(token));
            model.addAttribute("problem", refused.getMessage());
        }
        return "portal/password";
    }
}

package io.casedesk.solutions;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

    Optional<Article> findBySlugAndLanguage(String slug, String language);

    List<Article> findBySlugOrderByLanguage(String slug);

    List<Article> findAllByOrderBySlugAscLanguageAsc();
}

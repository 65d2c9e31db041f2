package io.casedesk.statuspage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The key that signs the confirm and unsubscribe links, created once per installation. */
@Entity
@Table(name = "link_key")
class LinkKey {

    @Id
    @Column(name = "key_name")
    private String name;
    @Column(name = "key_value")
    private String value;

    protected LinkKey() {
    }

    LinkKey(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String value() {
        return value;
    }
}

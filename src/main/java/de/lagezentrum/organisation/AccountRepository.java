package de.lagezentrum.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Accounts; usernames are unique across the installation. */
interface AccountRepository extends ListCrudRepository<Account, UUID> {

    Optional<Account> findByPersonId(UUID personId);

    @Query("SELECT * FROM organisation.account WHERE lower(username) = lower(:username)")
    Optional<Account> findByUsername(String username);

    @Query("""
            SELECT p.email FROM organisation.account a
              JOIN organisation.account_role r ON r.account_id = a.id AND r.role = 'ADMIN'
              JOIN organisation.person p ON p.id = a.person_id
             WHERE a.tenant_id = :tenantId AND a.enabled AND p.email IS NOT NULL""")
    List<String> adminEmails(UUID tenantId);
}

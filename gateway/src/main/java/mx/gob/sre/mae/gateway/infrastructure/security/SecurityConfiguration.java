package mx.gob.sre.mae.gateway.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Staff accounts live in app_user with PBKDF2-HMAC-SHA512 hashes (210,000 iterations, OWASP 2023).
 * Families never log in: they use a folio and an access code.
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "java:app/jdbc/mae",
    callerQuery = "select password_hash from app_user where username = ? and enabled = true",
    groupsQuery = "select role from app_user where username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      PasswordHashing.ALGORITHM_PARAMETER,
      PasswordHashing.ITERATIONS_PARAMETER,
      PasswordHashing.SALT_PARAMETER,
      PasswordHashing.KEY_PARAMETER
    })
@DeclareRoles({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMINISTRATOR, Roles.AGENCY, Roles.AUDITOR})
@ApplicationScoped
public class SecurityConfiguration {}

// The rule ids, as constants so that a typo is a compile error. The twelve ids
// of design-format.md are fixed; scripts rely on all of them.
#pragma once

namespace sw::rule {

// design-format.md, "Rules every build has"
constexpr const char *Spof = "SPOF";
constexpr const char *NoHttps = "NO-HTTPS";
constexpr const char *NoFirewall = "NO-FIREWALL";
constexpr const char *NoMonitoring = "NO-MONITORING";
constexpr const char *LbNotClustered = "LB-NOT-CLUSTERED";
constexpr const char *TiersNotSeparated = "TIERS-NOT-SEPARATED";
constexpr const char *DbSingleWriter = "DB-SINGLE-WRITER";
constexpr const char *DbExposed = "DB-EXPOSED";
constexpr const char *TlsEndsAtLb = "TLS-ENDS-AT-LB";
constexpr const char *DnsMissing = "DNS-MISSING";
constexpr const char *PropMissing = "PROP-MISSING";
constexpr const char *DuplicateAddress = "DUPLICATE-ADDRESS";

// What a reviewer of this kind of stack checks as well.
constexpr const char *NoRequestPath = "NO-REQUEST-PATH";
constexpr const char *ClusterNoVip = "CLUSTER-NO-VIP";
constexpr const char *ClusterBothActive = "CLUSTER-BOTH-ACTIVE";
constexpr const char *CertNotOnAllMembers = "CERT-NOT-ON-ALL-MEMBERS";
constexpr const char *FirewallBlocksLink = "FIREWALL-BLOCKS-LINK";
constexpr const char *FirewallUnusedPort = "FIREWALL-UNUSED-PORT";
constexpr const char *DbPortPublic = "DB-PORT-PUBLIC";
constexpr const char *SshOpenToWorld = "SSH-OPEN-TO-WORLD";
constexpr const char *HttpNoRedirect = "HTTP-NO-REDIRECT";
constexpr const char *ReplicaWithoutPrimary = "REPLICA-WITHOUT-PRIMARY";
constexpr const char *MultiplePrimaries = "MULTIPLE-PRIMARIES";
constexpr const char *CodebaseMismatch = "CODEBASE-MISMATCH";
constexpr const char *AppNoCodebase = "APP-NO-CODEBASE";
constexpr const char *WebWithoutApp = "WEB-WITHOUT-APP";

// Spec profiles' requirements (reported only under the profile that asks).
constexpr const char *ProfileOneServer = "PROFILE-ONE-SERVER-STACK";
constexpr const char *ProfileDomain = "PROFILE-DOMAIN";
constexpr const char *ProfileLbFront = "PROFILE-LB-IN-FRONT";
constexpr const char *ProfileReplica = "PROFILE-PRIMARY-REPLICA";
constexpr const char *ProfileLbCluster = "PROFILE-LB-CLUSTER";
constexpr const char *ProfileSeparateTiers = "PROFILE-SEPARATE-TIERS";
constexpr const char *ProfileOneCodebase = "PROFILE-ONE-CODEBASE";

} // namespace sw::rule

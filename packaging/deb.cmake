# `cpack -G DEB` (run by ./dev test): stackwright_VERSION_ARCH.deb. dpkg-shlibdeps
# finds the libraries' packages (Qt 6, Graphviz, libssh, SQLite); the SVG icon
# engine and the xcb platform plugin are loaded at run time, so named here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME stackwright)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Stackwright")
set(CPACK_PACKAGE_CONTACT "Stackwright developers <stackwright@stackwright.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop topology designer for web infrastructure")
set(CPACK_PACKAGE_DESCRIPTION "Draw a web stack (DNS, load balancers in a cluster, web, application and database
servers, firewalls, monitoring) and check it against the spec: single points of
failure, HTTPS, redundancy, firewalls, monitoring. Exports pictures, a report and
deploy bundles (shell and Ansible) and deploys them over SSH. Includes
stackwright-cli for use without a display.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6gui6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "graphviz, openssh-client, qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
include(CPack)

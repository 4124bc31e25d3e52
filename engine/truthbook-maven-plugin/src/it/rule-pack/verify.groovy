// the project's own rule (src/main/java, registered as a service) is discovered by the plugin and fails the build
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] manifests/domains.yaml:3:5: error [acme.purpose-short] domain 'sales' has a purpose of 27 characters")
// no Java stack trace, no exception class named in a message
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
assert !log.contains('Caused by')
assert !(log =~ /java\.lang\.\w+Exception/)

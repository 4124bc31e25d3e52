// a broken reference fails the build in verify, naming file:line:col, the rule and the fix; no Java trace
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] manifests/domains.yaml:6:12: error [ref.unknown] owner 'anna' is not defined (did you mean 'ana'?)")
assert log.contains("hint: change it to 'ana'")
assert log.contains('truthbook-maven-plugin')
assert log.contains('the truth has findings at or above \'error\': 1 error, 1 warning in 2 manifests')
// no Java stack trace, no exception class named in a message
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
assert !log.contains('Caused by')
assert !(log =~ /java\.lang\.\w+Exception/)

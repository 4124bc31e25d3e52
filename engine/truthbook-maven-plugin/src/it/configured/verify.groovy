// truthbook.yaml is read by the plugin: the rule switched off is gone, the baselined drift is set aside
// and counted, and the configured report is written; the build passes
def log = new File(basedir, 'build.log').text
assert log.contains('truthbook: 0 errors, 0 warnings in 3 manifests (1 baselined)')
assert !log.contains('domain.unserved')
assert !log.contains('sales_shadow_note')
def sarif = new File(basedir, 'target/truthbook.sarif')
assert sarif.isFile()
assert sarif.text.contains('"version" : "2.1.0"')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)

package gongkai.importer;

/**
 * Apache POI logs through the Log4j API, which without a logging backend prints a warning on its first use.
 * gongkai has no logging backend and wants none: the API's own simple logger is chosen and switched off.
 */
final class PoiLogging {

    private PoiLogging() {
    }

    static void quiet() {
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        setIfAbsent("log4j2.simplelogLevel", "OFF");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}

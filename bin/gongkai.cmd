@echo off
rem gongkai launcher for Windows, the same program as bin/gongkai: java -jar with JVM settings for short
rem commands (the quick C1 compiler, the parallel collector). Extra JVM options: set JAVA_OPTS=-Xmx2g
rem Messages here are ASCII: cmd.exe reads this file in the console code page.
setlocal
set "HERE=%~dp0.."
set "JAR=%HERE%\lib\gongkai.jar"
if not exist "%JAR%" set "JAR=%HERE%\generator\target\gongkai.jar"
if not exist "%JAR%" (
  echo gongkai.jar not found: in the source tree, run "mvn -q -DskipTests package" first. 1>&2
  exit /b 2
)
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
rem A self-contained archive carries its own runtime.
if exist "%HERE%\runtime\bin\java.exe" set "JAVA=%HERE%\runtime\bin\java.exe"
set "OPTS="
if /i not "%~1"=="serve" set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:MaxNewSize=256m -XX:MaxTenuringThreshold=0"
"%JAVA%" %OPTS% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

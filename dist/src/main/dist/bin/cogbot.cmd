@echo off
rem Starts cogbot. Arguments go to the cogbot command line (try --help); with none, it runs the bot.
rem
rem   JAVA_HOME  a JDK or JRE 21+ to use; when it is missing or too old, the java on PATH is tried
rem   JAVA_OPTS  extra JVM options, e.g. set JAVA_OPTS=-Xmx256m

setlocal EnableExtensions DisableDelayedExpansion

rem The distribution root is the parent of this script's folder.
for %%i in ("%~dp0..") do set "CB_ROOT=%%~fi"

rem JAVA_HOME first, then the java on PATH; each must be 21 or newer.
set "CB_JAVA="
if not defined JAVA_HOME goto try_path
set "CB_JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%CB_JAVA%" goto try_path
call :is_recent
if not errorlevel 1 goto run

:try_path
set "CB_JAVA="
for %%j in (java.exe) do set "CB_JAVA=%%~$PATH:j"
if not defined CB_JAVA goto no_java
call :is_recent
if not errorlevel 1 goto run

:no_java
set "CB_SHOWN=%JAVA_HOME%"
if not defined CB_SHOWN set "CB_SHOWN=unset"
>&2 echo cogbot needs Java 21 or newer, and found none (JAVA_HOME=%CB_SHOWN%). Install a JDK 21+ and set JAVA_HOME to it.
exit /b 1

:run
rem Virtual-thread carriers: four per core, at least 8, as bin/cogbot explains; JAVA_OPTS can override.
set /a CB_CARRIERS=%NUMBER_OF_PROCESSORS%*4
if %CB_CARRIERS% lss 8 set CB_CARRIERS=8
rem Native access: the console's line editor (JLine) loads a native library, which Java 24+ would
rem warn about on stderr.
"%CB_JAVA%" --enable-native-access=ALL-UNNAMED -Djdk.virtualThreadScheduler.parallelism=%CB_CARRIERS% %JAVA_OPTS% "-Dcogbot.home=%CB_ROOT%" "-Dlogback.configurationFile=%CB_ROOT%\conf\logback.xml" -cp "%CB_ROOT%\lib\*" dev.cogbot.runtime.cli.CogbotCli %*
exit /b %ERRORLEVEL%

rem Sets errorlevel 0 when %CB_JAVA% is Java 21 or newer, 1 otherwise.
:is_recent
"%CB_JAVA%" -XshowSettings:properties -version 2>&1 | findstr /r /c:"java\.specification\.version = 2[1-9]" /c:"java\.specification\.version = [3-9][0-9]" /c:"java\.specification\.version = [1-9][0-9][0-9]" >nul
exit /b %ERRORLEVEL%

# bash completion for ashby. Generated from the command tree by scripts/gen-completions.mjs
# (or `ashby completion bash`): do not edit. Install: `ashby completion --help`.
# Commands, flags and enum values are in this file; live values (jobs, stages, users, ...) and
# --fields names come from `ashby __complete` (protocol: src/completion/main.ts).

# Subcommand words of a command path.
__ashby_kids() {
  case $1 in
    '') __ashby_a=(auth api commands feedback sandbox sync sql search pipeline funnel stale time-in-stage mcp completion doctor api-key apiKey application app apps application-feedback applicationFeedback feedback-api application-feedback-request applicationFeedbackRequest application-form applicationForm application-hiring-team-role applicationHiringTeamRole approval approval-definition approvalDefinition archive-reason archiveReason audit-log auditLog audit assessment brand candidate cand candidates candidate-tag candidateTag tag tags close-reason closeReason communication-template communicationTemplate custom-field customField department email-sender emailSender feedback-form-definition feedbackFormDefinition file hiring-team hiringTeam hiring-team-role hiringTeamRole interview interview-briefing interviewBriefing interview-event interviewEvent interview-plan interviewPlan interview-schedule interviewSchedule schedule interview-stage interviewStage interview-stage-group interviewStageGroup interviewer-pool interviewerPool job jobs job-board jobBoard job-interview-plan jobInterviewPlan job-posting jobPosting posting job-template jobTemplate location notetaker-transcript notetakerTranscript offer offer-process offerProcess opening project referral referral-form referralForm report sequence sequence-template sequenceTemplate source source-tracking-link sourceTrackingLink survey-form-definition surveyFormDefinition survey-request surveyRequest survey-submission surveySubmission take-home-assignment takeHomeAssignment user users version webhook environment exit-codes) ;;
    auth) __ashby_a=(login status logout switch) ;;
    feedback) __ashby_a=(submit) ;;
    sandbox) __ashby_a=(serve reset stats) ;;
    api-key) __ashby_a=(info whoami show get) ;;
    application) __ashby_a=(add-hiring-team-member change-source change-stage move create delete-raw info show get list ls list-criteria-evaluations list-history history remove-hiring-team-member transfer-raw update update-history archive stage hire transfer view delete) ;;
    application-feedback) __ashby_a=(list ls submit) ;;
    application-feedback-request) __ashby_a=(create) ;;
    application-form) __ashby_a=(submit) ;;
    application-hiring-team-role) __ashby_a=(list ls) ;;
    approval) __ashby_a=(list ls) ;;
    approval-definition) __ashby_a=(update) ;;
    archive-reason) __ashby_a=(list ls) ;;
    audit-log) __ashby_a=(list-raw ls list) ;;
    assessment) __ashby_a=(add-completed-to-candidate update) ;;
    brand) __ashby_a=(list ls) ;;
    candidate) __ashby_a=(add-email-message add-project add-tag tag anonymize create new create-note note info show get list ls list-client-info list-fraud-checks list-notes notes list-projects push-to-hris-raw remove-project remove-tag untag search find set-fraud-status update upload-file-raw upload-resume-raw add view upload-resume upload-file push-hris push-to-hris) ;;
    candidate-tag) __ashby_a=(archive create list ls) ;;
    close-reason) __ashby_a=(list ls) ;;
    communication-template) __ashby_a=(list ls) ;;
    custom-field) __ashby_a=(create info show get list ls set-value set-values update-selectable-values) ;;
    department) __ashby_a=(archive create info show get list ls move restore update) ;;
    email-sender) __ashby_a=(list ls) ;;
    feedback-form-definition) __ashby_a=(info show get list ls) ;;
    file) __ashby_a=(create-file-upload-handle info show get download) ;;
    hiring-team) __ashby_a=(add-member remove-member) ;;
    hiring-team-role) __ashby_a=(list ls) ;;
    interview) __ashby_a=(info show get list ls schedule) ;;
    interview-briefing) __ashby_a=(info show get) ;;
    interview-event) __ashby_a=(list ls) ;;
    interview-plan) __ashby_a=(list ls) ;;
    interview-schedule) __ashby_a=(cancel create list ls update) ;;
    interview-stage) __ashby_a=(info show get list ls) ;;
    interview-stage-group) __ashby_a=(list ls) ;;
    interviewer-pool) __ashby_a=(add-user archive create info show get list ls remove-user restore update) ;;
    job) __ashby_a=(create info show get list ls search find set-status update update-compensation update-compensation-settings pipeline view) ;;
    job-board) __ashby_a=(list ls) ;;
    job-interview-plan) __ashby_a=(info show get) ;;
    job-posting) __ashby_a=(info show get list ls set-custom-field-value set-custom-field-values set-status update update-compensation update-compensation-settings) ;;
    job-template) __ashby_a=(list ls) ;;
    location) __ashby_a=(archive create info show get list ls move restore update-address update-external-name update-name update-workplace-type) ;;
    notetaker-transcript) __ashby_a=(info show get) ;;
    offer) __ashby_a=(approve create-raw info show get list ls set-decided-at set-status-raw start start-approval-process update create cancel process set-status) ;;
    'offer process') __ashby_a=(show) ;;
    offer-process) __ashby_a=(start) ;;
    opening) __ashby_a=(add-job add-location create info show get list ls remove-job remove-location search set-archived set-opening-state update) ;;
    project) __ashby_a=(archive create info show get list ls restore search set-custom-field-value set-custom-field-values update) ;;
    referral) __ashby_a=(create) ;;
    referral-form) __ashby_a=(info show get) ;;
    report) __ashby_a=(generate synchronous run) ;;
    sequence) __ashby_a=(add-raw cancel discard info show get list ls start-raw update-stage add start) ;;
    sequence-template) __ashby_a=(info show get list ls) ;;
    source) __ashby_a=(list ls) ;;
    source-tracking-link) __ashby_a=(list ls) ;;
    survey-form-definition) __ashby_a=(info show get list ls) ;;
    survey-request) __ashby_a=(create list ls) ;;
    survey-submission) __ashby_a=(create list ls) ;;
    take-home-assignment) __ashby_a=(info show get list ls) ;;
    user) __ashby_a=(create-interviewer-pause delete-interviewer-pause info show get interviewer-settings list ls list-interviewer-pauses search find set-custom-field-value set-custom-field-values update-interviewer-settings) ;;
    version) __ashby_a=(list ls) ;;
    webhook) __ashby_a=(create-raw delete-raw info get update-raw create show update delete listen verify trigger) ;;
    *) __ashby_a=() ;;
  esac
}

# "<path>/<word>" -> the canonical path of that subcommand.
__ashby_sub() {
  case $1 in
    /auth) __ashby_s=auth ;;
    /api) __ashby_s=api ;;
    /commands) __ashby_s=commands ;;
    /feedback) __ashby_s=feedback ;;
    /sandbox) __ashby_s=sandbox ;;
    /sync) __ashby_s=sync ;;
    /sql) __ashby_s=sql ;;
    /search) __ashby_s=search ;;
    /pipeline) __ashby_s=pipeline ;;
    /funnel) __ashby_s=funnel ;;
    /stale) __ashby_s=stale ;;
    /time-in-stage) __ashby_s=time-in-stage ;;
    /mcp) __ashby_s=mcp ;;
    /completion) __ashby_s=completion ;;
    /doctor) __ashby_s=doctor ;;
    /api-key|/apiKey) __ashby_s=api-key ;;
    /application|/app|/apps) __ashby_s=application ;;
    /application-feedback|/applicationFeedback|/feedback-api) __ashby_s=application-feedback ;;
    /application-feedback-request|/applicationFeedbackRequest) __ashby_s=application-feedback-request ;;
    /application-form|/applicationForm) __ashby_s=application-form ;;
    /application-hiring-team-role|/applicationHiringTeamRole) __ashby_s=application-hiring-team-role ;;
    /approval) __ashby_s=approval ;;
    /approval-definition|/approvalDefinition) __ashby_s=approval-definition ;;
    /archive-reason|/archiveReason) __ashby_s=archive-reason ;;
    /audit-log|/auditLog|/audit) __ashby_s=audit-log ;;
    /assessment) __ashby_s=assessment ;;
    /brand) __ashby_s=brand ;;
    /candidate|/cand|/candidates) __ashby_s=candidate ;;
    /candidate-tag|/candidateTag|/tag|/tags) __ashby_s=candidate-tag ;;
    /close-reason|/closeReason) __ashby_s=close-reason ;;
    /communication-template|/communicationTemplate) __ashby_s=communication-template ;;
    /custom-field|/customField) __ashby_s=custom-field ;;
    /department) __ashby_s=department ;;
    /email-sender|/emailSender) __ashby_s=email-sender ;;
    /feedback-form-definition|/feedbackFormDefinition) __ashby_s=feedback-form-definition ;;
    /file) __ashby_s=file ;;
    /hiring-team|/hiringTeam) __ashby_s=hiring-team ;;
    /hiring-team-role|/hiringTeamRole) __ashby_s=hiring-team-role ;;
    /interview) __ashby_s=interview ;;
    /interview-briefing|/interviewBriefing) __ashby_s=interview-briefing ;;
    /interview-event|/interviewEvent) __ashby_s=interview-event ;;
    /interview-plan|/interviewPlan) __ashby_s=interview-plan ;;
    /interview-schedule|/interviewSchedule|/schedule) __ashby_s=interview-schedule ;;
    /interview-stage|/interviewStage) __ashby_s=interview-stage ;;
    /interview-stage-group|/interviewStageGroup) __ashby_s=interview-stage-group ;;
    /interviewer-pool|/interviewerPool) __ashby_s=interviewer-pool ;;
    /job|/jobs) __ashby_s=job ;;
    /job-board|/jobBoard) __ashby_s=job-board ;;
    /job-interview-plan|/jobInterviewPlan) __ashby_s=job-interview-plan ;;
    /job-posting|/jobPosting|/posting) __ashby_s=job-posting ;;
    /job-template|/jobTemplate) __ashby_s=job-template ;;
    /location) __ashby_s=location ;;
    /notetaker-transcript|/notetakerTranscript) __ashby_s=notetaker-transcript ;;
    /offer) __ashby_s=offer ;;
    /offer-process|/offerProcess) __ashby_s=offer-process ;;
    /opening) __ashby_s=opening ;;
    /project) __ashby_s=project ;;
    /referral) __ashby_s=referral ;;
    /referral-form|/referralForm) __ashby_s=referral-form ;;
    /report) __ashby_s=report ;;
    /sequence) __ashby_s=sequence ;;
    /sequence-template|/sequenceTemplate) __ashby_s=sequence-template ;;
    /source) __ashby_s=source ;;
    /source-tracking-link|/sourceTrackingLink) __ashby_s=source-tracking-link ;;
    /survey-form-definition|/surveyFormDefinition) __ashby_s=survey-form-definition ;;
    /survey-request|/surveyRequest) __ashby_s=survey-request ;;
    /survey-submission|/surveySubmission) __ashby_s=survey-submission ;;
    /take-home-assignment|/takeHomeAssignment) __ashby_s=take-home-assignment ;;
    /user|/users) __ashby_s=user ;;
    /version) __ashby_s=version ;;
    /webhook) __ashby_s=webhook ;;
    /environment) __ashby_s=environment ;;
    /exit-codes) __ashby_s=exit-codes ;;
    auth/login) __ashby_s='auth login' ;;
    auth/status) __ashby_s='auth status' ;;
    auth/logout) __ashby_s='auth logout' ;;
    auth/switch) __ashby_s='auth switch' ;;
    feedback/submit) __ashby_s='feedback submit' ;;
    sandbox/serve) __ashby_s='sandbox serve' ;;
    sandbox/reset) __ashby_s='sandbox reset' ;;
    sandbox/stats) __ashby_s='sandbox stats' ;;
    api-key/info|api-key/whoami|api-key/show|api-key/get) __ashby_s='api-key info' ;;
    application/add-hiring-team-member) __ashby_s='application add-hiring-team-member' ;;
    application/change-source) __ashby_s='application change-source' ;;
    application/change-stage|application/move) __ashby_s='application change-stage' ;;
    application/create) __ashby_s='application create' ;;
    application/delete-raw) __ashby_s='application delete-raw' ;;
    application/info|application/show|application/get) __ashby_s='application info' ;;
    application/list|application/ls) __ashby_s='application list' ;;
    application/list-criteria-evaluations) __ashby_s='application list-criteria-evaluations' ;;
    application/list-history|application/history) __ashby_s='application list-history' ;;
    application/remove-hiring-team-member) __ashby_s='application remove-hiring-team-member' ;;
    application/transfer-raw) __ashby_s='application transfer-raw' ;;
    application/update) __ashby_s='application update' ;;
    application/update-history) __ashby_s='application update-history' ;;
    application/archive) __ashby_s='application archive' ;;
    application/stage) __ashby_s='application stage' ;;
    application/hire) __ashby_s='application hire' ;;
    application/transfer) __ashby_s='application transfer' ;;
    application/view) __ashby_s='application view' ;;
    application/delete) __ashby_s='application delete' ;;
    application-feedback/list|application-feedback/ls) __ashby_s='application-feedback list' ;;
    application-feedback/submit) __ashby_s='application-feedback submit' ;;
    application-feedback-request/create) __ashby_s='application-feedback-request create' ;;
    application-form/submit) __ashby_s='application-form submit' ;;
    application-hiring-team-role/list|application-hiring-team-role/ls) __ashby_s='application-hiring-team-role list' ;;
    approval/list|approval/ls) __ashby_s='approval list' ;;
    approval-definition/update) __ashby_s='approval-definition update' ;;
    archive-reason/list|archive-reason/ls) __ashby_s='archive-reason list' ;;
    audit-log/list-raw|audit-log/ls) __ashby_s='audit-log list-raw' ;;
    audit-log/list) __ashby_s='audit-log list' ;;
    assessment/add-completed-to-candidate) __ashby_s='assessment add-completed-to-candidate' ;;
    assessment/update) __ashby_s='assessment update' ;;
    brand/list|brand/ls) __ashby_s='brand list' ;;
    candidate/add-email-message) __ashby_s='candidate add-email-message' ;;
    candidate/add-project) __ashby_s='candidate add-project' ;;
    candidate/add-tag|candidate/tag) __ashby_s='candidate add-tag' ;;
    candidate/anonymize) __ashby_s='candidate anonymize' ;;
    candidate/create|candidate/new) __ashby_s='candidate create' ;;
    candidate/create-note|candidate/note) __ashby_s='candidate create-note' ;;
    candidate/info|candidate/show|candidate/get) __ashby_s='candidate info' ;;
    candidate/list|candidate/ls) __ashby_s='candidate list' ;;
    candidate/list-client-info) __ashby_s='candidate list-client-info' ;;
    candidate/list-fraud-checks) __ashby_s='candidate list-fraud-checks' ;;
    candidate/list-notes|candidate/notes) __ashby_s='candidate list-notes' ;;
    candidate/list-projects) __ashby_s='candidate list-projects' ;;
    candidate/push-to-hris-raw) __ashby_s='candidate push-to-hris-raw' ;;
    candidate/remove-project) __ashby_s='candidate remove-project' ;;
    candidate/remove-tag|candidate/untag) __ashby_s='candidate remove-tag' ;;
    candidate/search|candidate/find) __ashby_s='candidate search' ;;
    candidate/set-fraud-status) __ashby_s='candidate set-fraud-status' ;;
    candidate/update) __ashby_s='candidate update' ;;
    candidate/upload-file-raw) __ashby_s='candidate upload-file-raw' ;;
    candidate/upload-resume-raw) __ashby_s='candidate upload-resume-raw' ;;
    candidate/add) __ashby_s='candidate add' ;;
    candidate/view) __ashby_s='candidate view' ;;
    candidate/upload-resume) __ashby_s='candidate upload-resume' ;;
    candidate/upload-file) __ashby_s='candidate upload-file' ;;
    candidate/push-hris|candidate/push-to-hris) __ashby_s='candidate push-hris' ;;
    candidate-tag/archive) __ashby_s='candidate-tag archive' ;;
    candidate-tag/create) __ashby_s='candidate-tag create' ;;
    candidate-tag/list|candidate-tag/ls) __ashby_s='candidate-tag list' ;;
    close-reason/list|close-reason/ls) __ashby_s='close-reason list' ;;
    communication-template/list|communication-template/ls) __ashby_s='communication-template list' ;;
    custom-field/create) __ashby_s='custom-field create' ;;
    custom-field/info|custom-field/show|custom-field/get) __ashby_s='custom-field info' ;;
    custom-field/list|custom-field/ls) __ashby_s='custom-field list' ;;
    custom-field/set-value) __ashby_s='custom-field set-value' ;;
    custom-field/set-values) __ashby_s='custom-field set-values' ;;
    custom-field/update-selectable-values) __ashby_s='custom-field update-selectable-values' ;;
    department/archive) __ashby_s='department archive' ;;
    department/create) __ashby_s='department create' ;;
    department/info|department/show|department/get) __ashby_s='department info' ;;
    department/list|department/ls) __ashby_s='department list' ;;
    department/move) __ashby_s='department move' ;;
    department/restore) __ashby_s='department restore' ;;
    department/update) __ashby_s='department update' ;;
    email-sender/list|email-sender/ls) __ashby_s='email-sender list' ;;
    feedback-form-definition/info|feedback-form-definition/show|feedback-form-definition/get) __ashby_s='feedback-form-definition info' ;;
    feedback-form-definition/list|feedback-form-definition/ls) __ashby_s='feedback-form-definition list' ;;
    file/create-file-upload-handle) __ashby_s='file create-file-upload-handle' ;;
    file/info|file/show|file/get) __ashby_s='file info' ;;
    file/download) __ashby_s='file download' ;;
    hiring-team/add-member) __ashby_s='hiring-team add-member' ;;
    hiring-team/remove-member) __ashby_s='hiring-team remove-member' ;;
    hiring-team-role/list|hiring-team-role/ls) __ashby_s='hiring-team-role list' ;;
    interview/info|interview/show|interview/get) __ashby_s='interview info' ;;
    interview/list|interview/ls) __ashby_s='interview list' ;;
    interview/schedule) __ashby_s='interview schedule' ;;
    interview-briefing/info|interview-briefing/show|interview-briefing/get) __ashby_s='interview-briefing info' ;;
    interview-event/list|interview-event/ls) __ashby_s='interview-event list' ;;
    interview-plan/list|interview-plan/ls) __ashby_s='interview-plan list' ;;
    interview-schedule/cancel) __ashby_s='interview-schedule cancel' ;;
    interview-schedule/create) __ashby_s='interview-schedule create' ;;
    interview-schedule/list|interview-schedule/ls) __ashby_s='interview-schedule list' ;;
    interview-schedule/update) __ashby_s='interview-schedule update' ;;
    interview-stage/info|interview-stage/show|interview-stage/get) __ashby_s='interview-stage info' ;;
    interview-stage/list|interview-stage/ls) __ashby_s='interview-stage list' ;;
    interview-stage-group/list|interview-stage-group/ls) __ashby_s='interview-stage-group list' ;;
    interviewer-pool/add-user) __ashby_s='interviewer-pool add-user' ;;
    interviewer-pool/archive) __ashby_s='interviewer-pool archive' ;;
    interviewer-pool/create) __ashby_s='interviewer-pool create' ;;
    interviewer-pool/info|interviewer-pool/show|interviewer-pool/get) __ashby_s='interviewer-pool info' ;;
    interviewer-pool/list|interviewer-pool/ls) __ashby_s='interviewer-pool list' ;;
    interviewer-pool/remove-user) __ashby_s='interviewer-pool remove-user' ;;
    interviewer-pool/restore) __ashby_s='interviewer-pool restore' ;;
    interviewer-pool/update) __ashby_s='interviewer-pool update' ;;
    job/create) __ashby_s='job create' ;;
    job/info|job/show|job/get) __ashby_s='job info' ;;
    job/list|job/ls) __ashby_s='job list' ;;
    job/search|job/find) __ashby_s='job search' ;;
    job/set-status) __ashby_s='job set-status' ;;
    job/update) __ashby_s='job update' ;;
    job/update-compensation) __ashby_s='job update-compensation' ;;
    job/update-compensation-settings) __ashby_s='job update-compensation-settings' ;;
    job/pipeline) __ashby_s='job pipeline' ;;
    job/view) __ashby_s='job view' ;;
    job-board/list|job-board/ls) __ashby_s='job-board list' ;;
    job-interview-plan/info|job-interview-plan/show|job-interview-plan/get) __ashby_s='job-interview-plan info' ;;
    job-posting/info|job-posting/show|job-posting/get) __ashby_s='job-posting info' ;;
    job-posting/list|job-posting/ls) __ashby_s='job-posting list' ;;
    job-posting/set-custom-field-value) __ashby_s='job-posting set-custom-field-value' ;;
    job-posting/set-custom-field-values) __ashby_s='job-posting set-custom-field-values' ;;
    job-posting/set-status) __ashby_s='job-posting set-status' ;;
    job-posting/update) __ashby_s='job-posting update' ;;
    job-posting/update-compensation) __ashby_s='job-posting update-compensation' ;;
    job-posting/update-compensation-settings) __ashby_s='job-posting update-compensation-settings' ;;
    job-template/list|job-template/ls) __ashby_s='job-template list' ;;
    location/archive) __ashby_s='location archive' ;;
    location/create) __ashby_s='location create' ;;
    location/info|location/show|location/get) __ashby_s='location info' ;;
    location/list|location/ls) __ashby_s='location list' ;;
    location/move) __ashby_s='location move' ;;
    location/restore) __ashby_s='location restore' ;;
    location/update-address) __ashby_s='location update-address' ;;
    location/update-external-name) __ashby_s='location update-external-name' ;;
    location/update-name) __ashby_s='location update-name' ;;
    location/update-workplace-type) __ashby_s='location update-workplace-type' ;;
    notetaker-transcript/info|notetaker-transcript/show|notetaker-transcript/get) __ashby_s='notetaker-transcript info' ;;
    offer/approve) __ashby_s='offer approve' ;;
    offer/create-raw) __ashby_s='offer create-raw' ;;
    offer/info|offer/show|offer/get) __ashby_s='offer info' ;;
    offer/list|offer/ls) __ashby_s='offer list' ;;
    offer/set-decided-at) __ashby_s='offer set-decided-at' ;;
    offer/set-status-raw) __ashby_s='offer set-status-raw' ;;
    offer/start) __ashby_s='offer start' ;;
    offer/start-approval-process) __ashby_s='offer start-approval-process' ;;
    offer/update) __ashby_s='offer update' ;;
    offer/create) __ashby_s='offer create' ;;
    offer/cancel) __ashby_s='offer cancel' ;;
    offer/process) __ashby_s='offer process' ;;
    offer/set-status) __ashby_s='offer set-status' ;;
    'offer process/show') __ashby_s='offer process show' ;;
    offer-process/start) __ashby_s='offer-process start' ;;
    opening/add-job) __ashby_s='opening add-job' ;;
    opening/add-location) __ashby_s='opening add-location' ;;
    opening/create) __ashby_s='opening create' ;;
    opening/info|opening/show|opening/get) __ashby_s='opening info' ;;
    opening/list|opening/ls) __ashby_s='opening list' ;;
    opening/remove-job) __ashby_s='opening remove-job' ;;
    opening/remove-location) __ashby_s='opening remove-location' ;;
    opening/search) __ashby_s='opening search' ;;
    opening/set-archived) __ashby_s='opening set-archived' ;;
    opening/set-opening-state) __ashby_s='opening set-opening-state' ;;
    opening/update) __ashby_s='opening update' ;;
    project/archive) __ashby_s='project archive' ;;
    project/create) __ashby_s='project create' ;;
    project/info|project/show|project/get) __ashby_s='project info' ;;
    project/list|project/ls) __ashby_s='project list' ;;
    project/restore) __ashby_s='project restore' ;;
    project/search) __ashby_s='project search' ;;
    project/set-custom-field-value) __ashby_s='project set-custom-field-value' ;;
    project/set-custom-field-values) __ashby_s='project set-custom-field-values' ;;
    project/update) __ashby_s='project update' ;;
    referral/create) __ashby_s='referral create' ;;
    referral-form/info|referral-form/show|referral-form/get) __ashby_s='referral-form info' ;;
    report/generate) __ashby_s='report generate' ;;
    report/synchronous) __ashby_s='report synchronous' ;;
    report/run) __ashby_s='report run' ;;
    sequence/add-raw) __ashby_s='sequence add-raw' ;;
    sequence/cancel) __ashby_s='sequence cancel' ;;
    sequence/discard) __ashby_s='sequence discard' ;;
    sequence/info|sequence/show|sequence/get) __ashby_s='sequence info' ;;
    sequence/list|sequence/ls) __ashby_s='sequence list' ;;
    sequence/start-raw) __ashby_s='sequence start-raw' ;;
    sequence/update-stage) __ashby_s='sequence update-stage' ;;
    sequence/add) __ashby_s='sequence add' ;;
    sequence/start) __ashby_s='sequence start' ;;
    sequence-template/info|sequence-template/show|sequence-template/get) __ashby_s='sequence-template info' ;;
    sequence-template/list|sequence-template/ls) __ashby_s='sequence-template list' ;;
    source/list|source/ls) __ashby_s='source list' ;;
    source-tracking-link/list|source-tracking-link/ls) __ashby_s='source-tracking-link list' ;;
    survey-form-definition/info|survey-form-definition/show|survey-form-definition/get) __ashby_s='survey-form-definition info' ;;
    survey-form-definition/list|survey-form-definition/ls) __ashby_s='survey-form-definition list' ;;
    survey-request/create) __ashby_s='survey-request create' ;;
    survey-request/list|survey-request/ls) __ashby_s='survey-request list' ;;
    survey-submission/create) __ashby_s='survey-submission create' ;;
    survey-submission/list|survey-submission/ls) __ashby_s='survey-submission list' ;;
    take-home-assignment/info|take-home-assignment/show|take-home-assignment/get) __ashby_s='take-home-assignment info' ;;
    take-home-assignment/list|take-home-assignment/ls) __ashby_s='take-home-assignment list' ;;
    user/create-interviewer-pause) __ashby_s='user create-interviewer-pause' ;;
    user/delete-interviewer-pause) __ashby_s='user delete-interviewer-pause' ;;
    user/info|user/show|user/get) __ashby_s='user info' ;;
    user/interviewer-settings) __ashby_s='user interviewer-settings' ;;
    user/list|user/ls) __ashby_s='user list' ;;
    user/list-interviewer-pauses) __ashby_s='user list-interviewer-pauses' ;;
    user/search|user/find) __ashby_s='user search' ;;
    user/set-custom-field-value) __ashby_s='user set-custom-field-value' ;;
    user/set-custom-field-values) __ashby_s='user set-custom-field-values' ;;
    user/update-interviewer-settings) __ashby_s='user update-interviewer-settings' ;;
    version/list|version/ls) __ashby_s='version list' ;;
    webhook/create-raw) __ashby_s='webhook create-raw' ;;
    webhook/delete-raw) __ashby_s='webhook delete-raw' ;;
    webhook/info|webhook/get) __ashby_s='webhook info' ;;
    webhook/update-raw) __ashby_s='webhook update-raw' ;;
    webhook/create) __ashby_s='webhook create' ;;
    webhook/show) __ashby_s='webhook show' ;;
    webhook/update) __ashby_s='webhook update' ;;
    webhook/delete) __ashby_s='webhook delete' ;;
    webhook/listen) __ashby_s='webhook listen' ;;
    webhook/verify) __ashby_s='webhook verify' ;;
    webhook/trigger) __ashby_s='webhook trigger' ;;
    *) __ashby_s= ;;
  esac
}

# A command's own flags (the global ones are in __ashby_gflags).
__ashby_flags() {
  case $1 in
    'auth login') __ashby_a=(--with-token --no-verify) ;;
    'auth status') __ashby_a=(--offline) ;;
    api) __ashby_a=(--raw-field -f --field -F --input --all --limit --unlisted) ;;
    commands) __ashby_a=(--groups) ;;
    'feedback submit') __ashby_a=(--refresh-cache --application --job --form --interview --answers --field --user --interview-event --from --concurrency --journal --resume --retry-unknown --max) ;;
    'sandbox serve') __ashby_a=(--host --port --state --seed --candidates --api-key --faults --latency --rate-limit) ;;
    'sandbox reset') __ashby_a=(--seed --candidates) ;;
    sync) __ashby_a=(--full --concurrency --db) ;;
    sql) __ashby_a=(--schema --max-age --offline --db) ;;
    search) __ashby_a=(--kind --limit --db --max-age --offline) ;;
    pipeline) __ashby_a=(--job --since --until --db --max-age --offline) ;;
    funnel) __ashby_a=(--job --since --until --db --max-age --offline --by) ;;
    stale) __ashby_a=(--job --since --until --db --max-age --offline --days) ;;
    time-in-stage) __ashby_a=(--job --since --until --db --max-age --offline) ;;
    mcp) __ashby_a=(--read-only --tools --print-config --list-tools) ;;
    'api-key info') __ashby_a=(--data --input --no-validate) ;;
    'application add-hiring-team-member') __ashby_a=(--team-member-id --role-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application change-source') __ashby_a=(--source-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application change-stage') __ashby_a=(--interview-stage-id --archive-reason-id --archive-email.communication-template-id --archive-email.send-at --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application create') __ashby_a=(--candidate-id --job-id --interview-plan-id --interview-stage-id --source-id --credited-to-user-id --created-at --application-history --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application delete-raw') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application info') __ashby_a=(--expand --submitted-form-instance-id --data --input --no-validate --web) ;;
    'application list') __ashby_a=(--created-after --status --job-id --expand --created-before --data --input --no-validate --limit --all --cursor --sync-token --sync-state --job --stage --source) ;;
    'application list-criteria-evaluations') __ashby_a=(--data --input --no-validate --limit --all --cursor) ;;
    'application list-history') __ashby_a=(--data --input --no-validate --limit --all --cursor) ;;
    'application remove-hiring-team-member') __ashby_a=(--team-member-id --role-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application transfer-raw') __ashby_a=(--job-id --interview-plan-id --interview-stage-id --start-automatic-activities --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application update') __ashby_a=(--source-id --credited-to-user-id --created-at --send-notifications --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application update-history') __ashby_a=(--application-history --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application archive') __ashby_a=(--refresh-cache --reason --email-template --send-at --job --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application stage') __ashby_a=(--refresh-cache --stage --job --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application hire') __ashby_a=(--refresh-cache --job --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application transfer') __ashby_a=(--refresh-cache --job --stage --from-job --start-automatic-activities --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application view') __ashby_a=(--refresh-cache --job --web) ;;
    'application delete') __ashby_a=(--refresh-cache --job --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application-feedback list') __ashby_a=(--created-after --application-id --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'application-feedback submit') __ashby_a=(--feedback-form.field-submissions --form-definition-id --application-id --user-id --interview-event-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application-feedback-request create') __ashby_a=(--application-id --interview-id --interviewer-user-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application-form submit') __ashby_a=(--job-posting-id --application-form.field-submissions --utm-data.utm-source --utm-data.utm-campaign --utm-data.utm-medium --utm-data.utm-term --utm-data.utm-content --tag-ids --allow-submission-for-unpublished-job-posting --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'application-hiring-team-role list') __ashby_a=(--data --input) ;;
    'approval list') __ashby_a=(--entity-type --entity-id --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'approval-definition update') __ashby_a=(--entity-type --entity-id --approval-step-definitions --submit-approval-request --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'archive-reason list') __ashby_a=(--include-archived --data --input --no-validate) ;;
    'audit-log list-raw') __ashby_a=(--start-date --end-date --actor-ids --target-ids --target-types --categories --data --input --no-validate --limit --all --cursor) ;;
    'audit-log list') __ashby_a=(--refresh-cache --since --until --actor --target --target-type --category --limit --all) ;;
    'assessment add-completed-to-candidate') __ashby_a=(--candidate-id --partner-id --assessment.assessment-type-id --assessment.assessment-id --assessment.assessment-name --assessment.result.identifier --assessment.result.label --assessment.result.description --assessment.result.type --assessment.result.value --assessment.metadata --timestamp --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'assessment update') __ashby_a=(--assessment-id --timestamp --assessment-status.identifier --assessment-status.label --assessment-status.description --assessment-status.type --assessment-status.value --assessment-profile-url.identifier --assessment-profile-url.label --assessment-profile-url.description --assessment-profile-url.type --assessment-profile-url.value --assessment-result.identifier --assessment-result.label --assessment-result.description --assessment-result.type --assessment-result.value --cancelled-reason.identifier --cancelled-reason.label --cancelled-reason.description --cancelled-reason.type --cancelled-reason.value --metadata --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'brand list') __ashby_a=(--data --input --no-validate --limit --all --cursor) ;;
    'candidate add-email-message') __ashby_a=(--email-provider-email-id --subject --from-address --to --body --user-id --sent-at --cc --message-url --message-id-header --thread-id --is-private --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate add-project') __ashby_a=(--project-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate add-tag') __ashby_a=(--tag-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate anonymize') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate create') __ashby_a=(--name --email --phone-number --linked-in-url --github-url --website --alternate-email-addresses --source-id --credited-to-user-id --location.city --location.region --location.country --created-at --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate create-note') __ashby_a=(--note --send-notifications --is-private --created-at --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate info') __ashby_a=(--external-mapping-id --data --input --no-validate --web) ;;
    'candidate list') __ashby_a=(--created-after --created-before --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'candidate list-client-info') __ashby_a=(--data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'candidate list-fraud-checks') __ashby_a=(--data --input --no-validate --limit --all --cursor) ;;
    'candidate list-notes') __ashby_a=(--data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'candidate list-projects') __ashby_a=(--data --input --no-validate --limit --all --cursor) ;;
    'candidate push-to-hris-raw') __ashby_a=(--application-id --external-system --integration-partner-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate remove-project') __ashby_a=(--project-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate remove-tag') __ashby_a=(--tag-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate search') __ashby_a=(--email --data --input --no-validate) ;;
    'candidate set-fraud-status') __ashby_a=(--fraud-status --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate update') __ashby_a=(--name --email --phone-number --linked-in-url --github-url --website-url --alternate-email --social-links --source-id --credited-to-user-id --location.city --location.region --location.country --created-at --send-notifications --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate upload-file-raw') __ashby_a=(--file-handle --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate upload-resume-raw') __ashby_a=(--resume-handle --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate add') __ashby_a=(--refresh-cache --name --email --phone --linkedin --job --source --tag --note --resume --allow-duplicate --from --concurrency --journal --resume-batch --retry-unknown --max) ;;
    'candidate view') __ashby_a=(--refresh-cache --web) ;;
    'candidate upload-resume') __ashby_a=(--path --content-type --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate upload-file') __ashby_a=(--path --content-type --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate push-hris') __ashby_a=(--refresh-cache --job --system --integration-partner-id --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate-tag archive') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate-tag create') __ashby_a=(--title --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'candidate-tag list') __ashby_a=(--include-archived --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'close-reason list') __ashby_a=(--include-archived --data --input --no-validate) ;;
    'communication-template list') __ashby_a=(--data --input) ;;
    'custom-field create') __ashby_a=(--field-type --object-type --title --description --selectable-values --is-date-only-field --is-exposable-to-candidate --is-private --is-editable-only-via-public-api --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'custom-field info') __ashby_a=(--data --input --no-validate) ;;
    'custom-field list') __ashby_a=(--include-archived --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'custom-field set-value') __ashby_a=(--object-id --object-type --field-id --field-value --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'custom-field set-values') __ashby_a=(--object-id --object-type --values --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'custom-field update-selectable-values') __ashby_a=(--selectable-values --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'department archive') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'department create') __ashby_a=(--name --external-name --parent-id --extra-data --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'department info') __ashby_a=(--data --input --no-validate) ;;
    'department list') __ashby_a=(--include-archived --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'department move') __ashby_a=(--parent-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'department restore') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'department update') __ashby_a=(--name --external-name --extra-data --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'email-sender list') __ashby_a=(--data --input --no-validate) ;;
    'feedback-form-definition info') __ashby_a=(--data --input --no-validate) ;;
    'feedback-form-definition list') __ashby_a=(--include-archived --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'file create-file-upload-handle') __ashby_a=(--file-upload-context --filename --content-type --content-length --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'file info') __ashby_a=(--data --input --no-validate) ;;
    'file download') __ashby_a=(--to --force) ;;
    'hiring-team add-member') __ashby_a=(--application-id --team-member-id --role-id --job-id --opening-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'hiring-team remove-member') __ashby_a=(--application-id --team-member-id --role-id --job-id --opening-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'hiring-team-role list') __ashby_a=(--names-only --data --input --no-validate) ;;
    'interview info') __ashby_a=(--data --input --no-validate) ;;
    'interview list') __ashby_a=(--include-archived --include-non-shared-interviews --exclude-archived-schedule-template-interviews --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'interview schedule') __ashby_a=(--refresh-cache --job --interview --interviewer --start --duration --from --concurrency --journal --resume --retry-unknown --max) ;;
    'interview-briefing info') __ashby_a=(--expand --data --input --no-validate) ;;
    'interview-event list') __ashby_a=(--created-after --expand --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'interview-plan list') __ashby_a=(--include-archived --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'interview-schedule cancel') __ashby_a=(--allow-reschedule --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'interview-schedule create') __ashby_a=(--application-id --interview-events --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'interview-schedule list') __ashby_a=(--created-after --application-id --interview-stage-id --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'interview-schedule update') __ashby_a=(--interview-event --interview-event-id-to-cancel --allow-feedback-deletion --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'interview-stage info') __ashby_a=(--data --input --no-validate) ;;
    'interview-stage list') __ashby_a=(--data --input --no-validate) ;;
    'interview-stage-group list') __ashby_a=(--data --input) ;;
    'interviewer-pool add-user') __ashby_a=(--user-id --interviewer-pool-training-path-stage-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'interviewer-pool archive') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'interviewer-pool create') __ashby_a=(--title --requires-training --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'interviewer-pool info') __ashby_a=(--data --input --no-validate) ;;
    'interviewer-pool list') __ashby_a=(--include-archived-pools --include-archived-training-stages --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'interviewer-pool remove-user') __ashby_a=(--user-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'interviewer-pool restore') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'interviewer-pool update') __ashby_a=(--title --requires-training --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'job create') __ashby_a=(--title --team-id --location-id --default-interview-plan-id --job-template-id --brand-id --employment-type --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'job info') __ashby_a=(--include-unpublished-job-postings-ids --expand --data --input --no-validate --web) ;;
    'job list') __ashby_a=(--created-after --status --opened-after --opened-before --closed-after --closed-before --include-unpublished-job-postings-ids --expand --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'job search') __ashby_a=(--title --requisition-id --data --input --no-validate) ;;
    'job set-status') __ashby_a=(--status --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'job update') __ashby_a=(--title --team-id --location-id --default-interview-plan-id --custom-requisition-id --employment-type --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'job update-compensation') __ashby_a=(--compensation-tiers --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'job update-compensation-settings') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'job pipeline') __ashby_a=(--refresh-cache --web) ;;
    'job view') __ashby_a=(--refresh-cache --web) ;;
    'job-board list') __ashby_a=(--data --input --no-validate) ;;
    'job-interview-plan info') __ashby_a=(--data --input --no-validate) ;;
    'job-posting info') __ashby_a=(--job-board-id --expand --include-unpublished-job-postings --data --input --no-validate) ;;
    'job-posting list') __ashby_a=(--location --department --listed-only --job-board-id --include-unpublished-job-postings --expand --data --input --no-validate) ;;
    'job-posting set-custom-field-value') __ashby_a=(--field-id --reference-identifier --value --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'job-posting set-custom-field-values') __ashby_a=(--values --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'job-posting set-status') __ashby_a=(--status --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'job-posting update') __ashby_a=(--title --workplace-type --suppress-description-opening --suppress-description-closing --description.type --description.content --include-unpublished-job-postings --application-confirmation-email-template-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'job-posting update-compensation') __ashby_a=(--compensation-tiers --include-unpublished-job-postings --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'job-posting update-compensation-settings') __ashby_a=(--include-unpublished-job-postings --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'job-template list') __ashby_a=(--expand --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'location archive') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'location create') __ashby_a=(--name --type --address.postal-address.address-country --address.postal-address.address-region --address.postal-address.address-locality --address.postal-address.postal-code --address.postal-address.street-address --parent-location-id --is-remote --workplace-type --external-name --extra-data --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'location info') __ashby_a=(--data --input --no-validate) ;;
    'location list') __ashby_a=(--include-archived --include-location-hierarchy --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'location move') __ashby_a=(--parent-location-hierarchy-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'location restore') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'location update-address') __ashby_a=(--address.postal-address.address-country --address.postal-address.address-region --address.postal-address.address-locality --address.postal-address.postal-code --address.postal-address.street-address --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'location update-external-name') __ashby_a=(--external-name --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'location update-name') __ashby_a=(--name --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'location update-workplace-type') __ashby_a=(--workplace-type --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'notetaker-transcript info') __ashby_a=(--data --input --no-validate) ;;
    'offer approve') __ashby_a=(--approval-step-id --user-id --exclude-form-definition --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'offer create-raw') __ashby_a=(--offer-process-id --offer-form-id --offer-form.field-submissions --exclude-form-definition --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'offer info') __ashby_a=(--exclude-form-definition --data --input --no-validate) ;;
    'offer list') __ashby_a=(--created-after --offer-status --acceptance-status --application-id --approval-status --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'offer set-decided-at') __ashby_a=(--decided-at --exclude-form-definition --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'offer set-status-raw') __ashby_a=(--acceptance-status --exclude-form-definition --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'offer start') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'offer start-approval-process') __ashby_a=(--note --exclude-form-definition --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'offer update') __ashby_a=(--offer-form.field-submissions --exclude-form-definition --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'offer create') __ashby_a=(--refresh-cache --application --job --answers --field --approve --no-approve --note --offer-process --from --concurrency --journal --resume --retry-unknown --max) ;;
    'offer cancel') __ashby_a=(--refresh-cache --job --from --concurrency --journal --resume --retry-unknown --max) ;;
    'offer process show') __ashby_a=(--refresh-cache --job) ;;
    'offer set-status') __ashby_a=(--refresh-cache --status --decided-at --from --concurrency --journal --resume --retry-unknown --max) ;;
    'offer-process start') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'opening add-job') __ashby_a=(--job-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'opening add-location') __ashby_a=(--location-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'opening create') __ashby_a=(--identifier --description --team-id --location-ids --job-ids --target-hire-date --target-start-date --is-backfill --employment-type --opening-state --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'opening info') __ashby_a=(--data --input --no-validate) ;;
    'opening list') __ashby_a=(--created-after --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'opening remove-job') __ashby_a=(--job-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'opening remove-location') __ashby_a=(--location-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'opening search') __ashby_a=(--identifier --data --input --no-validate) ;;
    'opening set-archived') __ashby_a=(--archive --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'opening set-opening-state') __ashby_a=(--opening-state --close-reason-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'opening update') __ashby_a=(--identifier --description --team-id --target-hire-date --target-start-date --is-backfill --employment-type --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'project archive') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'project create') __ashby_a=(--title --description --confidential --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'project info') __ashby_a=(--data --input --no-validate) ;;
    'project list') __ashby_a=(--created-after --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'project restore') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'project search') __ashby_a=(--title --data --input --no-validate) ;;
    'project set-custom-field-value') __ashby_a=(--field-id --value --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'project set-custom-field-values') __ashby_a=(--values --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'project update') __ashby_a=(--title --description --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'referral create') __ashby_a=(--id --credited-to-user-id --field-submissions --created-at --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'referral-form info') __ashby_a=(--data --input) ;;
    'report generate') __ashby_a=(--include-headers-in-data --request-id --result-style --data --input --no-validate) ;;
    'report synchronous') __ashby_a=(--include-headers-in-data --result-style --data --input --no-validate) ;;
    'report run') __ashby_a=(--poll-interval --async) ;;
    'sequence add-raw') __ashby_a=(--sequence-template-id --candidate-id --application-id --from.email --start --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'sequence cancel') __ashby_a=(--reason --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'sequence discard') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'sequence info') __ashby_a=(--data --input --no-validate) ;;
    'sequence list') __ashby_a=(--candidate-id --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'sequence start-raw') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'sequence update-stage') __ashby_a=(--stage-id --subject --body.type --body.value --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'sequence add') __ashby_a=(--refresh-cache --template --application --from --start) ;;
    'sequence start') __ashby_a=(--refresh-cache --template --application --from) ;;
    'sequence-template info') __ashby_a=(--data --input --no-validate) ;;
    'sequence-template list') __ashby_a=(--include-archived --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'source list') __ashby_a=(--include-archived --data --input --no-validate) ;;
    'source-tracking-link list') __ashby_a=(--include-disabled --source-id --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'survey-form-definition info') __ashby_a=(--data --input --no-validate) ;;
    'survey-form-definition list') __ashby_a=(--data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'survey-request create') __ashby_a=(--candidate-id --application-id --survey-form-definition-id --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'survey-request list') __ashby_a=(--created-after --survey-type --application-id --candidate-id --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'survey-submission create') __ashby_a=(--candidate-id --application-id --survey-form-definition-id --submitted-values --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'survey-submission list') __ashby_a=(--survey-type --created-after --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'take-home-assignment info') __ashby_a=(--expand --data --input --no-validate) ;;
    'take-home-assignment list') __ashby_a=(--application-id --candidate-id --expand --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'user create-interviewer-pause') __ashby_a=(--starts-at --ends-at --comment --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'user delete-interviewer-pause') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'user info') __ashby_a=(--data --input --no-validate) ;;
    'user interviewer-settings') __ashby_a=(--data --input --no-validate) ;;
    'user list') __ashby_a=(--include-deactivated --data --input --no-validate --limit --all --cursor --sync-token --sync-state) ;;
    'user list-interviewer-pauses') __ashby_a=(--data --input --no-validate) ;;
    'user search') __ashby_a=(--email --data --input --no-validate) ;;
    'user set-custom-field-value') __ashby_a=(--field-id --field-value --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'user set-custom-field-values') __ashby_a=(--values --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'user update-interviewer-settings') __ashby_a=(--daily-limit --weekly-limit --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'version list') __ashby_a=(--data --input --no-validate) ;;
    'webhook create-raw') __ashby_a=(--webhook-type --request-url --secret-token --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'webhook delete-raw') __ashby_a=(--data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'webhook info') __ashby_a=(--data --input --no-validate) ;;
    'webhook update-raw') __ashby_a=(--enabled --request-url --secret-token --data --input --no-validate --from --concurrency --journal --resume --retry-unknown --max) ;;
    'webhook create') __ashby_a=(--event --url --secret --from --concurrency --journal --resume --retry-unknown --max) ;;
    'webhook update') __ashby_a=(--url --enable --disable --secret --rotate-secret --from --concurrency --journal --resume --retry-unknown --max) ;;
    'webhook delete') __ashby_a=(--from --concurrency --journal --resume --retry-unknown --max) ;;
    'webhook listen') __ashby_a=(--port --secret --events --forward-to) ;;
    'webhook verify') __ashby_a=(--secret --signature) ;;
    'webhook trigger') __ashby_a=(--url --secret --id) ;;
    *) __ashby_a=() ;;
  esac
}

__ashby_gflags=(--profile --base-url --output -o --json --fields --jq --csv-raw --yes -y --no-input --dry-run --debug --color --sandbox --raw --max-retries --timeout --on-behalf-of --help -h --version -V)

# "<path>|<flag>" -> how its value completes (empty: the flag takes no value).
__ashby_spec() {
  case $1 in
    'api|--raw-field'|'api|-f'|'api|--field'|'api|-F'|'api|--limit'|'feedback submit|--form'|'feedback submit|--field'|'feedback submit|--interview-event'|'feedback submit|--from'|'feedback submit|--concurrency'|'feedback submit|--journal'|'feedback submit|--max'|'sandbox serve|--host'|'sandbox serve|--port'|'sandbox serve|--seed'|'sandbox serve|--candidates'|'sandbox serve|--api-key'|'sandbox serve|--faults'|'sandbox serve|--latency'|'sandbox serve|--rate-limit'|'sandbox reset|--seed'|'sandbox reset|--candidates'|'sync|--concurrency'|'sql|--max-age'|'search|--kind'|'search|--limit'|'search|--max-age'|'pipeline|--since'|'pipeline|--until'|'pipeline|--max-age'|'funnel|--since'|'funnel|--until'|'funnel|--max-age'|'funnel|--by'|'stale|--since'|'stale|--until'|'stale|--max-age'|'stale|--days'|'time-in-stage|--since'|'time-in-stage|--until'|'time-in-stage|--max-age'|'mcp|--tools'|'mcp|--print-config'|'api-key info|--data'|'application add-hiring-team-member|--role-id'|'application add-hiring-team-member|--data'|'application add-hiring-team-member|--concurrency'|'application add-hiring-team-member|--max'|'application change-source|--data'|'application change-source|--concurrency'|'application change-source|--max'|'application change-stage|--archive-email.communication-template-id'|'application change-stage|--archive-email.send-at'|'application change-stage|--data'|'application change-stage|--concurrency'|'application change-stage|--max'|'application create|--interview-plan-id'|'application create|--created-at'|'application create|--application-history'|'application create|--data'|'application create|--concurrency'|'application create|--max'|'application delete-raw|--data'|'application delete-raw|--concurrency'|'application delete-raw|--max'|'application info|--submitted-form-instance-id'|'application info|--data'|'application list|--created-after'|'application list|--created-before'|'application list|--data'|'application list|--limit'|'application list|--cursor'|'application list|--sync-token'|'application list-criteria-evaluations|--data'|'application list-criteria-evaluations|--limit'|'application list-criteria-evaluations|--cursor'|'application list-history|--data'|'application list-history|--limit'|'application list-history|--cursor'|'application remove-hiring-team-member|--role-id'|'application remove-hiring-team-member|--data'|'application remove-hiring-team-member|--concurrency'|'application remove-hiring-team-member|--max'|'application transfer-raw|--interview-plan-id'|'application transfer-raw|--data'|'application transfer-raw|--concurrency'|'application transfer-raw|--max'|'application update|--created-at'|'application update|--data'|'application update|--concurrency'|'application update|--max'|'application update-history|--application-history'|'application update-history|--data'|'application update-history|--concurrency'|'application update-history|--max'|'application archive|--send-at'|'application archive|--from'|'application archive|--concurrency'|'application archive|--journal'|'application archive|--max'|'application stage|--from'|'application stage|--concurrency'|'application stage|--journal'|'application stage|--max'|'application hire|--from'|'application hire|--concurrency'|'application hire|--journal'|'application hire|--max'|'application transfer|--from'|'application transfer|--concurrency'|'application transfer|--journal'|'application transfer|--max'|'application delete|--from'|'application delete|--concurrency'|'application delete|--journal'|'application delete|--max'|'application-feedback list|--created-after'|'application-feedback list|--data'|'application-feedback list|--limit'|'application-feedback list|--cursor'|'application-feedback list|--sync-token'|'application-feedback submit|--feedback-form.field-submissions'|'application-feedback submit|--form-definition-id'|'application-feedback submit|--interview-event-id'|'application-feedback submit|--data'|'application-feedback submit|--concurrency'|'application-feedback submit|--max'|'application-feedback-request create|--data'|'application-feedback-request create|--concurrency'|'application-feedback-request create|--max'|'application-form submit|--job-posting-id'|'application-form submit|--application-form.field-submissions'|'application-form submit|--utm-data.utm-source'|'application-form submit|--utm-data.utm-campaign'|'application-form submit|--utm-data.utm-medium'|'application-form submit|--utm-data.utm-term'|'application-form submit|--utm-data.utm-content'|'application-form submit|--tag-ids'|'application-form submit|--data'|'application-form submit|--concurrency'|'application-form submit|--max'|'application-hiring-team-role list|--data'|'approval list|--entity-id'|'approval list|--data'|'approval list|--limit'|'approval list|--cursor'|'approval list|--sync-token'|'approval-definition update|--entity-id'|'approval-definition update|--approval-step-definitions'|'approval-definition update|--data'|'approval-definition update|--concurrency'|'approval-definition update|--max'|'archive-reason list|--data'|'audit-log list-raw|--start-date'|'audit-log list-raw|--end-date'|'audit-log list-raw|--actor-ids'|'audit-log list-raw|--target-ids'|'audit-log list-raw|--target-types'|'audit-log list-raw|--categories'|'audit-log list-raw|--data'|'audit-log list-raw|--limit'|'audit-log list-raw|--cursor'|'audit-log list|--since'|'audit-log list|--until'|'audit-log list|--target'|'audit-log list|--target-type'|'audit-log list|--category'|'audit-log list|--limit'|'assessment add-completed-to-candidate|--partner-id'|'assessment add-completed-to-candidate|--assessment.assessment-type-id'|'assessment add-completed-to-candidate|--assessment.assessment-id'|'assessment add-completed-to-candidate|--assessment.assessment-name'|'assessment add-completed-to-candidate|--assessment.result.identifier'|'assessment add-completed-to-candidate|--assessment.result.label'|'assessment add-completed-to-candidate|--assessment.result.description'|'assessment add-completed-to-candidate|--assessment.result.value'|'assessment add-completed-to-candidate|--assessment.metadata'|'assessment add-completed-to-candidate|--timestamp'|'assessment add-completed-to-candidate|--data'|'assessment add-completed-to-candidate|--concurrency'|'assessment add-completed-to-candidate|--max'|'assessment update|--assessment-id'|'assessment update|--timestamp'|'assessment update|--assessment-status.identifier'|'assessment update|--assessment-status.label'|'assessment update|--assessment-status.description'|'assessment update|--assessment-status.value'|'assessment update|--assessment-profile-url.identifier'|'assessment update|--assessment-profile-url.label'|'assessment update|--assessment-profile-url.description'|'assessment update|--assessment-profile-url.value'|'assessment update|--assessment-result.identifier'|'assessment update|--assessment-result.label'|'assessment update|--assessment-result.description'|'assessment update|--assessment-result.value'|'assessment update|--cancelled-reason.identifier'|'assessment update|--cancelled-reason.label'|'assessment update|--cancelled-reason.description'|'assessment update|--cancelled-reason.value'|'assessment update|--metadata'|'assessment update|--data'|'assessment update|--concurrency'|'assessment update|--max'|'brand list|--data'|'brand list|--limit'|'brand list|--cursor'|'candidate add-email-message|--email-provider-email-id'|'candidate add-email-message|--subject'|'candidate add-email-message|--from-address'|'candidate add-email-message|--to'|'candidate add-email-message|--body'|'candidate add-email-message|--sent-at'|'candidate add-email-message|--cc'|'candidate add-email-message|--message-url'|'candidate add-email-message|--message-id-header'|'candidate add-email-message|--thread-id'|'candidate add-email-message|--data'|'candidate add-email-message|--concurrency'|'candidate add-email-message|--max'|'candidate add-project|--project-id'|'candidate add-project|--data'|'candidate add-project|--concurrency'|'candidate add-project|--max'|'candidate add-tag|--data'|'candidate add-tag|--concurrency'|'candidate add-tag|--max'|'candidate anonymize|--data'|'candidate anonymize|--concurrency'|'candidate anonymize|--max'|'candidate create|--name'|'candidate create|--email'|'candidate create|--phone-number'|'candidate create|--linked-in-url'|'candidate create|--github-url'|'candidate create|--website'|'candidate create|--alternate-email-addresses'|'candidate create|--location.city'|'candidate create|--location.region'|'candidate create|--location.country'|'candidate create|--created-at'|'candidate create|--data'|'candidate create|--concurrency'|'candidate create|--max'|'candidate create-note|--note'|'candidate create-note|--created-at'|'candidate create-note|--data'|'candidate create-note|--concurrency'|'candidate create-note|--max'|'candidate info|--external-mapping-id'|'candidate info|--data'|'candidate list|--created-after'|'candidate list|--created-before'|'candidate list|--data'|'candidate list|--limit'|'candidate list|--cursor'|'candidate list|--sync-token'|'candidate list-client-info|--data'|'candidate list-client-info|--limit'|'candidate list-client-info|--cursor'|'candidate list-client-info|--sync-token'|'candidate list-fraud-checks|--data'|'candidate list-fraud-checks|--limit'|'candidate list-fraud-checks|--cursor'|'candidate list-notes|--data'|'candidate list-notes|--limit'|'candidate list-notes|--cursor'|'candidate list-notes|--sync-token'|'candidate list-projects|--data'|'candidate list-projects|--limit'|'candidate list-projects|--cursor'|'candidate push-to-hris-raw|--integration-partner-id'|'candidate push-to-hris-raw|--data'|'candidate push-to-hris-raw|--concurrency'|'candidate push-to-hris-raw|--max'|'candidate remove-project|--project-id'|'candidate remove-project|--data'|'candidate remove-project|--concurrency'|'candidate remove-project|--max'|'candidate remove-tag|--data'|'candidate remove-tag|--concurrency'|'candidate remove-tag|--max'|'candidate search|--email'|'candidate search|--data'|'candidate set-fraud-status|--data'|'candidate set-fraud-status|--concurrency'|'candidate set-fraud-status|--max'|'candidate update|--name'|'candidate update|--email'|'candidate update|--phone-number'|'candidate update|--linked-in-url'|'candidate update|--github-url'|'candidate update|--website-url'|'candidate update|--alternate-email'|'candidate update|--social-links'|'candidate update|--location.city'|'candidate update|--location.region'|'candidate update|--location.country'|'candidate update|--created-at'|'candidate update|--data'|'candidate update|--concurrency'|'candidate update|--max'|'candidate upload-file-raw|--file-handle'|'candidate upload-file-raw|--data'|'candidate upload-file-raw|--concurrency'|'candidate upload-file-raw|--max'|'candidate upload-resume-raw|--resume-handle'|'candidate upload-resume-raw|--data'|'candidate upload-resume-raw|--concurrency'|'candidate upload-resume-raw|--max'|'candidate add|--name'|'candidate add|--email'|'candidate add|--phone'|'candidate add|--linkedin'|'candidate add|--note'|'candidate add|--from'|'candidate add|--concurrency'|'candidate add|--journal'|'candidate add|--max'|'candidate upload-resume|--path'|'candidate upload-resume|--content-type'|'candidate upload-resume|--from'|'candidate upload-resume|--concurrency'|'candidate upload-resume|--journal'|'candidate upload-resume|--max'|'candidate upload-file|--path'|'candidate upload-file|--content-type'|'candidate upload-file|--from'|'candidate upload-file|--concurrency'|'candidate upload-file|--journal'|'candidate upload-file|--max'|'candidate push-hris|--system'|'candidate push-hris|--integration-partner-id'|'candidate push-hris|--from'|'candidate push-hris|--concurrency'|'candidate push-hris|--journal'|'candidate push-hris|--max'|'candidate-tag archive|--data'|'candidate-tag archive|--concurrency'|'candidate-tag archive|--max'|'candidate-tag create|--title'|'candidate-tag create|--data'|'candidate-tag create|--concurrency'|'candidate-tag create|--max'|'candidate-tag list|--data'|'candidate-tag list|--limit'|'candidate-tag list|--cursor'|'candidate-tag list|--sync-token'|'close-reason list|--data'|'communication-template list|--data'|'custom-field create|--title'|'custom-field create|--description'|'custom-field create|--selectable-values'|'custom-field create|--data'|'custom-field create|--concurrency'|'custom-field create|--max'|'custom-field info|--data'|'custom-field list|--data'|'custom-field list|--limit'|'custom-field list|--cursor'|'custom-field list|--sync-token'|'custom-field set-value|--object-id'|'custom-field set-value|--field-value'|'custom-field set-value|--data'|'custom-field set-value|--concurrency'|'custom-field set-value|--max'|'custom-field set-values|--object-id'|'custom-field set-values|--values'|'custom-field set-values|--data'|'custom-field set-values|--concurrency'|'custom-field set-values|--max'|'custom-field update-selectable-values|--selectable-values'|'custom-field update-selectable-values|--data'|'custom-field update-selectable-values|--concurrency'|'custom-field update-selectable-values|--max'|'department archive|--data'|'department archive|--concurrency'|'department archive|--max'|'department create|--name'|'department create|--external-name'|'department create|--parent-id'|'department create|--extra-data'|'department create|--data'|'department create|--concurrency'|'department create|--max'|'department info|--data'|'department list|--data'|'department list|--limit'|'department list|--cursor'|'department list|--sync-token'|'department move|--parent-id'|'department move|--data'|'department move|--concurrency'|'department move|--max'|'department restore|--data'|'department restore|--concurrency'|'department restore|--max'|'department update|--name'|'department update|--external-name'|'department update|--extra-data'|'department update|--data'|'department update|--concurrency'|'department update|--max'|'email-sender list|--data'|'feedback-form-definition info|--data'|'feedback-form-definition list|--data'|'feedback-form-definition list|--limit'|'feedback-form-definition list|--cursor'|'feedback-form-definition list|--sync-token'|'file create-file-upload-handle|--filename'|'file create-file-upload-handle|--content-type'|'file create-file-upload-handle|--content-length'|'file create-file-upload-handle|--data'|'file create-file-upload-handle|--concurrency'|'file create-file-upload-handle|--max'|'file info|--data'|'hiring-team add-member|--role-id'|'hiring-team add-member|--opening-id'|'hiring-team add-member|--data'|'hiring-team add-member|--concurrency'|'hiring-team add-member|--max'|'hiring-team remove-member|--role-id'|'hiring-team remove-member|--opening-id'|'hiring-team remove-member|--data'|'hiring-team remove-member|--concurrency'|'hiring-team remove-member|--max'|'hiring-team-role list|--data'|'interview info|--data'|'interview list|--data'|'interview list|--limit'|'interview list|--cursor'|'interview list|--sync-token'|'interview schedule|--start'|'interview schedule|--duration'|'interview schedule|--from'|'interview schedule|--concurrency'|'interview schedule|--journal'|'interview schedule|--max'|'interview-briefing info|--data'|'interview-event list|--created-after'|'interview-event list|--data'|'interview-event list|--limit'|'interview-event list|--cursor'|'interview-event list|--sync-token'|'interview-plan list|--data'|'interview-plan list|--limit'|'interview-plan list|--cursor'|'interview-plan list|--sync-token'|'interview-schedule cancel|--data'|'interview-schedule cancel|--concurrency'|'interview-schedule cancel|--max'|'interview-schedule create|--interview-events'|'interview-schedule create|--data'|'interview-schedule create|--concurrency'|'interview-schedule create|--max'|'interview-schedule list|--created-after'|'interview-schedule list|--data'|'interview-schedule list|--limit'|'interview-schedule list|--cursor'|'interview-schedule list|--sync-token'|'interview-schedule update|--interview-event'|'interview-schedule update|--interview-event-id-to-cancel'|'interview-schedule update|--data'|'interview-schedule update|--concurrency'|'interview-schedule update|--max'|'interview-stage info|--data'|'interview-stage list|--data'|'interview-stage-group list|--data'|'interviewer-pool add-user|--interviewer-pool-training-path-stage-id'|'interviewer-pool add-user|--data'|'interviewer-pool add-user|--concurrency'|'interviewer-pool add-user|--max'|'interviewer-pool archive|--data'|'interviewer-pool archive|--concurrency'|'interviewer-pool archive|--max'|'interviewer-pool create|--title'|'interviewer-pool create|--data'|'interviewer-pool create|--concurrency'|'interviewer-pool create|--max'|'interviewer-pool info|--data'|'interviewer-pool list|--data'|'interviewer-pool list|--limit'|'interviewer-pool list|--cursor'|'interviewer-pool list|--sync-token'|'interviewer-pool remove-user|--data'|'interviewer-pool remove-user|--concurrency'|'interviewer-pool remove-user|--max'|'interviewer-pool restore|--data'|'interviewer-pool restore|--concurrency'|'interviewer-pool restore|--max'|'interviewer-pool update|--title'|'interviewer-pool update|--data'|'interviewer-pool update|--concurrency'|'interviewer-pool update|--max'|'job create|--title'|'job create|--team-id'|'job create|--default-interview-plan-id'|'job create|--job-template-id'|'job create|--brand-id'|'job create|--data'|'job create|--concurrency'|'job create|--max'|'job info|--data'|'job list|--created-after'|'job list|--opened-after'|'job list|--opened-before'|'job list|--closed-after'|'job list|--closed-before'|'job list|--data'|'job list|--limit'|'job list|--cursor'|'job list|--sync-token'|'job search|--title'|'job search|--requisition-id'|'job search|--data'|'job set-status|--data'|'job set-status|--concurrency'|'job set-status|--max'|'job update|--title'|'job update|--team-id'|'job update|--default-interview-plan-id'|'job update|--custom-requisition-id'|'job update|--data'|'job update|--concurrency'|'job update|--max'|'job update-compensation|--compensation-tiers'|'job update-compensation|--data'|'job update-compensation|--concurrency'|'job update-compensation|--max'|'job update-compensation-settings|--data'|'job update-compensation-settings|--concurrency'|'job update-compensation-settings|--max'|'job-board list|--data'|'job-interview-plan info|--data'|'job-posting info|--job-board-id'|'job-posting info|--data'|'job-posting list|--location'|'job-posting list|--department'|'job-posting list|--job-board-id'|'job-posting list|--data'|'job-posting set-custom-field-value|--reference-identifier'|'job-posting set-custom-field-value|--value'|'job-posting set-custom-field-value|--data'|'job-posting set-custom-field-value|--concurrency'|'job-posting set-custom-field-value|--max'|'job-posting set-custom-field-values|--values'|'job-posting set-custom-field-values|--data'|'job-posting set-custom-field-values|--concurrency'|'job-posting set-custom-field-values|--max'|'job-posting set-status|--data'|'job-posting set-status|--concurrency'|'job-posting set-status|--max'|'job-posting update|--title'|'job-posting update|--description.content'|'job-posting update|--application-confirmation-email-template-id'|'job-posting update|--data'|'job-posting update|--concurrency'|'job-posting update|--max'|'job-posting update-compensation|--compensation-tiers'|'job-posting update-compensation|--data'|'job-posting update-compensation|--concurrency'|'job-posting update-compensation|--max'|'job-posting update-compensation-settings|--data'|'job-posting update-compensation-settings|--concurrency'|'job-posting update-compensation-settings|--max'|'job-template list|--data'|'job-template list|--limit'|'job-template list|--cursor'|'job-template list|--sync-token'|'location archive|--data'|'location archive|--concurrency'|'location archive|--max'|'location create|--name'|'location create|--address.postal-address.address-country'|'location create|--address.postal-address.address-region'|'location create|--address.postal-address.address-locality'|'location create|--address.postal-address.postal-code'|'location create|--address.postal-address.street-address'|'location create|--parent-location-id'|'location create|--external-name'|'location create|--extra-data'|'location create|--data'|'location create|--concurrency'|'location create|--max'|'location info|--data'|'location list|--data'|'location list|--limit'|'location list|--cursor'|'location list|--sync-token'|'location move|--parent-location-hierarchy-id'|'location move|--data'|'location move|--concurrency'|'location move|--max'|'location restore|--data'|'location restore|--concurrency'|'location restore|--max'|'location update-address|--address.postal-address.address-country'|'location update-address|--address.postal-address.address-region'|'location update-address|--address.postal-address.address-locality'|'location update-address|--address.postal-address.postal-code'|'location update-address|--address.postal-address.street-address'|'location update-address|--data'|'location update-address|--concurrency'|'location update-address|--max'|'location update-external-name|--external-name'|'location update-external-name|--data'|'location update-external-name|--concurrency'|'location update-external-name|--max'|'location update-name|--name'|'location update-name|--data'|'location update-name|--concurrency'|'location update-name|--max'|'location update-workplace-type|--data'|'location update-workplace-type|--concurrency'|'location update-workplace-type|--max'|'notetaker-transcript info|--data'|'offer approve|--approval-step-id'|'offer approve|--data'|'offer approve|--concurrency'|'offer approve|--max'|'offer create-raw|--offer-process-id'|'offer create-raw|--offer-form-id'|'offer create-raw|--offer-form.field-submissions'|'offer create-raw|--data'|'offer create-raw|--concurrency'|'offer create-raw|--max'|'offer info|--data'|'offer list|--created-after'|'offer list|--data'|'offer list|--limit'|'offer list|--cursor'|'offer list|--sync-token'|'offer set-decided-at|--decided-at'|'offer set-decided-at|--data'|'offer set-decided-at|--concurrency'|'offer set-decided-at|--max'|'offer set-status-raw|--data'|'offer set-status-raw|--concurrency'|'offer set-status-raw|--max'|'offer start|--data'|'offer start|--concurrency'|'offer start|--max'|'offer start-approval-process|--note'|'offer start-approval-process|--data'|'offer start-approval-process|--concurrency'|'offer start-approval-process|--max'|'offer update|--offer-form.field-submissions'|'offer update|--data'|'offer update|--concurrency'|'offer update|--max'|'offer create|--field'|'offer create|--note'|'offer create|--offer-process'|'offer create|--from'|'offer create|--concurrency'|'offer create|--journal'|'offer create|--max'|'offer cancel|--from'|'offer cancel|--concurrency'|'offer cancel|--journal'|'offer cancel|--max'|'offer set-status|--status'|'offer set-status|--decided-at'|'offer set-status|--from'|'offer set-status|--concurrency'|'offer set-status|--journal'|'offer set-status|--max'|'offer-process start|--data'|'offer-process start|--concurrency'|'offer-process start|--max'|'opening add-job|--data'|'opening add-job|--concurrency'|'opening add-job|--max'|'opening add-location|--data'|'opening add-location|--concurrency'|'opening add-location|--max'|'opening create|--identifier'|'opening create|--description'|'opening create|--team-id'|'opening create|--location-ids'|'opening create|--job-ids'|'opening create|--target-hire-date'|'opening create|--target-start-date'|'opening create|--data'|'opening create|--concurrency'|'opening create|--max'|'opening info|--data'|'opening list|--created-after'|'opening list|--data'|'opening list|--limit'|'opening list|--cursor'|'opening list|--sync-token'|'opening remove-job|--data'|'opening remove-job|--concurrency'|'opening remove-job|--max'|'opening remove-location|--data'|'opening remove-location|--concurrency'|'opening remove-location|--max'|'opening search|--identifier'|'opening search|--data'|'opening set-archived|--data'|'opening set-archived|--concurrency'|'opening set-archived|--max'|'opening set-opening-state|--close-reason-id'|'opening set-opening-state|--data'|'opening set-opening-state|--concurrency'|'opening set-opening-state|--max'|'opening update|--identifier'|'opening update|--description'|'opening update|--team-id'|'opening update|--target-hire-date'|'opening update|--target-start-date'|'opening update|--data'|'opening update|--concurrency'|'opening update|--max'|'project archive|--data'|'project archive|--concurrency'|'project archive|--max'|'project create|--title'|'project create|--description'|'project create|--data'|'project create|--concurrency'|'project create|--max'|'project info|--data'|'project list|--created-after'|'project list|--data'|'project list|--limit'|'project list|--cursor'|'project list|--sync-token'|'project restore|--data'|'project restore|--concurrency'|'project restore|--max'|'project search|--title'|'project search|--data'|'project set-custom-field-value|--value'|'project set-custom-field-value|--data'|'project set-custom-field-value|--concurrency'|'project set-custom-field-value|--max'|'project set-custom-field-values|--values'|'project set-custom-field-values|--data'|'project set-custom-field-values|--concurrency'|'project set-custom-field-values|--max'|'project update|--title'|'project update|--description'|'project update|--data'|'project update|--concurrency'|'project update|--max'|'referral create|--id'|'referral create|--field-submissions'|'referral create|--created-at'|'referral create|--data'|'referral create|--concurrency'|'referral create|--max'|'referral-form info|--data'|'report generate|--request-id'|'report generate|--data'|'report synchronous|--result-style'|'report synchronous|--data'|'report run|--poll-interval'|'sequence add-raw|--sequence-template-id'|'sequence add-raw|--from.email'|'sequence add-raw|--data'|'sequence add-raw|--concurrency'|'sequence add-raw|--max'|'sequence cancel|--data'|'sequence cancel|--concurrency'|'sequence cancel|--max'|'sequence discard|--data'|'sequence discard|--concurrency'|'sequence discard|--max'|'sequence info|--data'|'sequence list|--data'|'sequence list|--limit'|'sequence list|--cursor'|'sequence list|--sync-token'|'sequence start-raw|--data'|'sequence start-raw|--concurrency'|'sequence start-raw|--max'|'sequence update-stage|--stage-id'|'sequence update-stage|--subject'|'sequence update-stage|--body.value'|'sequence update-stage|--data'|'sequence update-stage|--concurrency'|'sequence update-stage|--max'|'sequence add|--template'|'sequence add|--application'|'sequence add|--from'|'sequence start|--template'|'sequence start|--application'|'sequence start|--from'|'sequence-template info|--data'|'sequence-template list|--data'|'sequence-template list|--limit'|'sequence-template list|--cursor'|'sequence-template list|--sync-token'|'source list|--data'|'source-tracking-link list|--data'|'source-tracking-link list|--limit'|'source-tracking-link list|--cursor'|'source-tracking-link list|--sync-token'|'survey-form-definition info|--data'|'survey-form-definition list|--data'|'survey-form-definition list|--limit'|'survey-form-definition list|--cursor'|'survey-form-definition list|--sync-token'|'survey-request create|--survey-form-definition-id'|'survey-request create|--data'|'survey-request create|--concurrency'|'survey-request create|--max'|'survey-request list|--created-after'|'survey-request list|--data'|'survey-request list|--limit'|'survey-request list|--cursor'|'survey-request list|--sync-token'|'survey-submission create|--survey-form-definition-id'|'survey-submission create|--submitted-values'|'survey-submission create|--data'|'survey-submission create|--concurrency'|'survey-submission create|--max'|'survey-submission list|--created-after'|'survey-submission list|--data'|'survey-submission list|--limit'|'survey-submission list|--cursor'|'survey-submission list|--sync-token'|'take-home-assignment info|--data'|'take-home-assignment list|--data'|'take-home-assignment list|--limit'|'take-home-assignment list|--cursor'|'take-home-assignment list|--sync-token'|'user create-interviewer-pause|--starts-at'|'user create-interviewer-pause|--ends-at'|'user create-interviewer-pause|--comment'|'user create-interviewer-pause|--data'|'user create-interviewer-pause|--concurrency'|'user create-interviewer-pause|--max'|'user delete-interviewer-pause|--data'|'user delete-interviewer-pause|--concurrency'|'user delete-interviewer-pause|--max'|'user info|--data'|'user interviewer-settings|--data'|'user list|--data'|'user list|--limit'|'user list|--cursor'|'user list|--sync-token'|'user list-interviewer-pauses|--data'|'user search|--email'|'user search|--data'|'user set-custom-field-value|--field-value'|'user set-custom-field-value|--data'|'user set-custom-field-value|--concurrency'|'user set-custom-field-value|--max'|'user set-custom-field-values|--values'|'user set-custom-field-values|--data'|'user set-custom-field-values|--concurrency'|'user set-custom-field-values|--max'|'user update-interviewer-settings|--daily-limit'|'user update-interviewer-settings|--weekly-limit'|'user update-interviewer-settings|--data'|'user update-interviewer-settings|--concurrency'|'user update-interviewer-settings|--max'|'version list|--data'|'webhook create-raw|--request-url'|'webhook create-raw|--secret-token'|'webhook create-raw|--data'|'webhook create-raw|--concurrency'|'webhook create-raw|--max'|'webhook delete-raw|--data'|'webhook delete-raw|--concurrency'|'webhook delete-raw|--max'|'webhook info|--data'|'webhook update-raw|--request-url'|'webhook update-raw|--secret-token'|'webhook update-raw|--data'|'webhook update-raw|--concurrency'|'webhook update-raw|--max'|'webhook create|--event'|'webhook create|--url'|'webhook create|--secret'|'webhook create|--from'|'webhook create|--concurrency'|'webhook create|--journal'|'webhook create|--max'|'webhook update|--url'|'webhook update|--secret'|'webhook update|--from'|'webhook update|--concurrency'|'webhook update|--journal'|'webhook update|--max'|'webhook delete|--from'|'webhook delete|--concurrency'|'webhook delete|--journal'|'webhook delete|--max'|'webhook listen|--port'|'webhook listen|--secret'|'webhook listen|--events'|'webhook listen|--forward-to'|'webhook verify|--secret'|'webhook verify|--signature'|'webhook trigger|--url'|'webhook trigger|--secret'|'webhook trigger|--id') __ashby_a=(v) ;;
    'api|--input'|'feedback submit|--answers'|'sandbox serve|--state'|'sync|--db'|'sql|--db'|'search|--db'|'pipeline|--db'|'funnel|--db'|'stale|--db'|'time-in-stage|--db'|'api-key info|--input'|'application add-hiring-team-member|--input'|'application add-hiring-team-member|--from'|'application add-hiring-team-member|--journal'|'application change-source|--input'|'application change-source|--from'|'application change-source|--journal'|'application change-stage|--input'|'application change-stage|--from'|'application change-stage|--journal'|'application create|--input'|'application create|--from'|'application create|--journal'|'application delete-raw|--input'|'application delete-raw|--from'|'application delete-raw|--journal'|'application info|--input'|'application list|--input'|'application list|--sync-state'|'application list-criteria-evaluations|--input'|'application list-history|--input'|'application remove-hiring-team-member|--input'|'application remove-hiring-team-member|--from'|'application remove-hiring-team-member|--journal'|'application transfer-raw|--input'|'application transfer-raw|--from'|'application transfer-raw|--journal'|'application update|--input'|'application update|--from'|'application update|--journal'|'application update-history|--input'|'application update-history|--from'|'application update-history|--journal'|'application-feedback list|--input'|'application-feedback list|--sync-state'|'application-feedback submit|--input'|'application-feedback submit|--from'|'application-feedback submit|--journal'|'application-feedback-request create|--input'|'application-feedback-request create|--from'|'application-feedback-request create|--journal'|'application-form submit|--input'|'application-form submit|--from'|'application-form submit|--journal'|'application-hiring-team-role list|--input'|'approval list|--input'|'approval list|--sync-state'|'approval-definition update|--input'|'approval-definition update|--from'|'approval-definition update|--journal'|'archive-reason list|--input'|'audit-log list-raw|--input'|'assessment add-completed-to-candidate|--input'|'assessment add-completed-to-candidate|--from'|'assessment add-completed-to-candidate|--journal'|'assessment update|--input'|'assessment update|--from'|'assessment update|--journal'|'brand list|--input'|'candidate add-email-message|--input'|'candidate add-email-message|--from'|'candidate add-email-message|--journal'|'candidate add-project|--input'|'candidate add-project|--from'|'candidate add-project|--journal'|'candidate add-tag|--input'|'candidate add-tag|--from'|'candidate add-tag|--journal'|'candidate anonymize|--input'|'candidate anonymize|--from'|'candidate anonymize|--journal'|'candidate create|--input'|'candidate create|--from'|'candidate create|--journal'|'candidate create-note|--input'|'candidate create-note|--from'|'candidate create-note|--journal'|'candidate info|--input'|'candidate list|--input'|'candidate list|--sync-state'|'candidate list-client-info|--input'|'candidate list-client-info|--sync-state'|'candidate list-fraud-checks|--input'|'candidate list-notes|--input'|'candidate list-notes|--sync-state'|'candidate list-projects|--input'|'candidate push-to-hris-raw|--input'|'candidate push-to-hris-raw|--from'|'candidate push-to-hris-raw|--journal'|'candidate remove-project|--input'|'candidate remove-project|--from'|'candidate remove-project|--journal'|'candidate remove-tag|--input'|'candidate remove-tag|--from'|'candidate remove-tag|--journal'|'candidate search|--input'|'candidate set-fraud-status|--input'|'candidate set-fraud-status|--from'|'candidate set-fraud-status|--journal'|'candidate update|--input'|'candidate update|--from'|'candidate update|--journal'|'candidate upload-file-raw|--input'|'candidate upload-file-raw|--from'|'candidate upload-file-raw|--journal'|'candidate upload-resume-raw|--input'|'candidate upload-resume-raw|--from'|'candidate upload-resume-raw|--journal'|'candidate add|--resume'|'candidate-tag archive|--input'|'candidate-tag archive|--from'|'candidate-tag archive|--journal'|'candidate-tag create|--input'|'candidate-tag create|--from'|'candidate-tag create|--journal'|'candidate-tag list|--input'|'candidate-tag list|--sync-state'|'close-reason list|--input'|'communication-template list|--input'|'custom-field create|--input'|'custom-field create|--from'|'custom-field create|--journal'|'custom-field info|--input'|'custom-field list|--input'|'custom-field list|--sync-state'|'custom-field set-value|--input'|'custom-field set-value|--from'|'custom-field set-value|--journal'|'custom-field set-values|--input'|'custom-field set-values|--from'|'custom-field set-values|--journal'|'custom-field update-selectable-values|--input'|'custom-field update-selectable-values|--from'|'custom-field update-selectable-values|--journal'|'department archive|--input'|'department archive|--from'|'department archive|--journal'|'department create|--input'|'department create|--from'|'department create|--journal'|'department info|--input'|'department list|--input'|'department list|--sync-state'|'department move|--input'|'department move|--from'|'department move|--journal'|'department restore|--input'|'department restore|--from'|'department restore|--journal'|'department update|--input'|'department update|--from'|'department update|--journal'|'email-sender list|--input'|'feedback-form-definition info|--input'|'feedback-form-definition list|--input'|'feedback-form-definition list|--sync-state'|'file create-file-upload-handle|--input'|'file create-file-upload-handle|--from'|'file create-file-upload-handle|--journal'|'file info|--input'|'file download|--to'|'hiring-team add-member|--input'|'hiring-team add-member|--from'|'hiring-team add-member|--journal'|'hiring-team remove-member|--input'|'hiring-team remove-member|--from'|'hiring-team remove-member|--journal'|'hiring-team-role list|--input'|'interview info|--input'|'interview list|--input'|'interview list|--sync-state'|'interview-briefing info|--input'|'interview-event list|--input'|'interview-event list|--sync-state'|'interview-plan list|--input'|'interview-plan list|--sync-state'|'interview-schedule cancel|--input'|'interview-schedule cancel|--from'|'interview-schedule cancel|--journal'|'interview-schedule create|--input'|'interview-schedule create|--from'|'interview-schedule create|--journal'|'interview-schedule list|--input'|'interview-schedule list|--sync-state'|'interview-schedule update|--input'|'interview-schedule update|--from'|'interview-schedule update|--journal'|'interview-stage info|--input'|'interview-stage list|--input'|'interview-stage-group list|--input'|'interviewer-pool add-user|--input'|'interviewer-pool add-user|--from'|'interviewer-pool add-user|--journal'|'interviewer-pool archive|--input'|'interviewer-pool archive|--from'|'interviewer-pool archive|--journal'|'interviewer-pool create|--input'|'interviewer-pool create|--from'|'interviewer-pool create|--journal'|'interviewer-pool info|--input'|'interviewer-pool list|--input'|'interviewer-pool list|--sync-state'|'interviewer-pool remove-user|--input'|'interviewer-pool remove-user|--from'|'interviewer-pool remove-user|--journal'|'interviewer-pool restore|--input'|'interviewer-pool restore|--from'|'interviewer-pool restore|--journal'|'interviewer-pool update|--input'|'interviewer-pool update|--from'|'interviewer-pool update|--journal'|'job create|--input'|'job create|--from'|'job create|--journal'|'job info|--input'|'job list|--input'|'job list|--sync-state'|'job search|--input'|'job set-status|--input'|'job set-status|--from'|'job set-status|--journal'|'job update|--input'|'job update|--from'|'job update|--journal'|'job update-compensation|--input'|'job update-compensation|--from'|'job update-compensation|--journal'|'job update-compensation-settings|--input'|'job update-compensation-settings|--from'|'job update-compensation-settings|--journal'|'job-board list|--input'|'job-interview-plan info|--input'|'job-posting info|--input'|'job-posting list|--input'|'job-posting set-custom-field-value|--input'|'job-posting set-custom-field-value|--from'|'job-posting set-custom-field-value|--journal'|'job-posting set-custom-field-values|--input'|'job-posting set-custom-field-values|--from'|'job-posting set-custom-field-values|--journal'|'job-posting set-status|--input'|'job-posting set-status|--from'|'job-posting set-status|--journal'|'job-posting update|--input'|'job-posting update|--from'|'job-posting update|--journal'|'job-posting update-compensation|--input'|'job-posting update-compensation|--from'|'job-posting update-compensation|--journal'|'job-posting update-compensation-settings|--input'|'job-posting update-compensation-settings|--from'|'job-posting update-compensation-settings|--journal'|'job-template list|--input'|'job-template list|--sync-state'|'location archive|--input'|'location archive|--from'|'location archive|--journal'|'location create|--input'|'location create|--from'|'location create|--journal'|'location info|--input'|'location list|--input'|'location list|--sync-state'|'location move|--input'|'location move|--from'|'location move|--journal'|'location restore|--input'|'location restore|--from'|'location restore|--journal'|'location update-address|--input'|'location update-address|--from'|'location update-address|--journal'|'location update-external-name|--input'|'location update-external-name|--from'|'location update-external-name|--journal'|'location update-name|--input'|'location update-name|--from'|'location update-name|--journal'|'location update-workplace-type|--input'|'location update-workplace-type|--from'|'location update-workplace-type|--journal'|'notetaker-transcript info|--input'|'offer approve|--input'|'offer approve|--from'|'offer approve|--journal'|'offer create-raw|--input'|'offer create-raw|--from'|'offer create-raw|--journal'|'offer info|--input'|'offer list|--input'|'offer list|--sync-state'|'offer set-decided-at|--input'|'offer set-decided-at|--from'|'offer set-decided-at|--journal'|'offer set-status-raw|--input'|'offer set-status-raw|--from'|'offer set-status-raw|--journal'|'offer start|--input'|'offer start|--from'|'offer start|--journal'|'offer start-approval-process|--input'|'offer start-approval-process|--from'|'offer start-approval-process|--journal'|'offer update|--input'|'offer update|--from'|'offer update|--journal'|'offer create|--answers'|'offer-process start|--input'|'offer-process start|--from'|'offer-process start|--journal'|'opening add-job|--input'|'opening add-job|--from'|'opening add-job|--journal'|'opening add-location|--input'|'opening add-location|--from'|'opening add-location|--journal'|'opening create|--input'|'opening create|--from'|'opening create|--journal'|'opening info|--input'|'opening list|--input'|'opening list|--sync-state'|'opening remove-job|--input'|'opening remove-job|--from'|'opening remove-job|--journal'|'opening remove-location|--input'|'opening remove-location|--from'|'opening remove-location|--journal'|'opening search|--input'|'opening set-archived|--input'|'opening set-archived|--from'|'opening set-archived|--journal'|'opening set-opening-state|--input'|'opening set-opening-state|--from'|'opening set-opening-state|--journal'|'opening update|--input'|'opening update|--from'|'opening update|--journal'|'project archive|--input'|'project archive|--from'|'project archive|--journal'|'project create|--input'|'project create|--from'|'project create|--journal'|'project info|--input'|'project list|--input'|'project list|--sync-state'|'project restore|--input'|'project restore|--from'|'project restore|--journal'|'project search|--input'|'project set-custom-field-value|--input'|'project set-custom-field-value|--from'|'project set-custom-field-value|--journal'|'project set-custom-field-values|--input'|'project set-custom-field-values|--from'|'project set-custom-field-values|--journal'|'project update|--input'|'project update|--from'|'project update|--journal'|'referral create|--input'|'referral create|--from'|'referral create|--journal'|'referral-form info|--input'|'report generate|--input'|'report synchronous|--input'|'sequence add-raw|--input'|'sequence add-raw|--from'|'sequence add-raw|--journal'|'sequence cancel|--input'|'sequence cancel|--from'|'sequence cancel|--journal'|'sequence discard|--input'|'sequence discard|--from'|'sequence discard|--journal'|'sequence info|--input'|'sequence list|--input'|'sequence list|--sync-state'|'sequence start-raw|--input'|'sequence start-raw|--from'|'sequence start-raw|--journal'|'sequence update-stage|--input'|'sequence update-stage|--from'|'sequence update-stage|--journal'|'sequence-template info|--input'|'sequence-template list|--input'|'sequence-template list|--sync-state'|'source list|--input'|'source-tracking-link list|--input'|'source-tracking-link list|--sync-state'|'survey-form-definition info|--input'|'survey-form-definition list|--input'|'survey-form-definition list|--sync-state'|'survey-request create|--input'|'survey-request create|--from'|'survey-request create|--journal'|'survey-request list|--input'|'survey-request list|--sync-state'|'survey-submission create|--input'|'survey-submission create|--from'|'survey-submission create|--journal'|'survey-submission list|--input'|'survey-submission list|--sync-state'|'take-home-assignment info|--input'|'take-home-assignment list|--input'|'take-home-assignment list|--sync-state'|'user create-interviewer-pause|--input'|'user create-interviewer-pause|--from'|'user create-interviewer-pause|--journal'|'user delete-interviewer-pause|--input'|'user delete-interviewer-pause|--from'|'user delete-interviewer-pause|--journal'|'user info|--input'|'user interviewer-settings|--input'|'user list|--input'|'user list|--sync-state'|'user list-interviewer-pauses|--input'|'user search|--input'|'user set-custom-field-value|--input'|'user set-custom-field-value|--from'|'user set-custom-field-value|--journal'|'user set-custom-field-values|--input'|'user set-custom-field-values|--from'|'user set-custom-field-values|--journal'|'user update-interviewer-settings|--input'|'user update-interviewer-settings|--from'|'user update-interviewer-settings|--journal'|'version list|--input'|'webhook create-raw|--input'|'webhook create-raw|--from'|'webhook create-raw|--journal'|'webhook delete-raw|--input'|'webhook delete-raw|--from'|'webhook delete-raw|--journal'|'webhook info|--input'|'webhook update-raw|--input'|'webhook update-raw|--from'|'webhook update-raw|--journal') __ashby_a=(f) ;;
    'feedback submit|--application'|'offer create|--application') __ashby_a=(l application name) ;;
    'feedback submit|--job'|'pipeline|--job'|'funnel|--job'|'stale|--job'|'time-in-stage|--job'|'application list|--job'|'application archive|--job'|'application stage|--job'|'application hire|--job'|'application transfer|--job'|'application transfer|--from-job'|'application view|--job'|'application delete|--job'|'candidate add|--job'|'candidate push-hris|--job'|'interview schedule|--job'|'offer create|--job'|'offer cancel|--job'|'offer process show|--job') __ashby_a=(l job name) ;;
    'feedback submit|--interview'|'interview schedule|--interview') __ashby_a=(l interview name) ;;
    'feedback submit|--user'|'audit-log list|--actor'|'interview schedule|--interviewer') __ashby_a=(l user name) ;;
    'application add-hiring-team-member|--team-member-id'|'application create|--credited-to-user-id'|'application remove-hiring-team-member|--team-member-id'|'application update|--credited-to-user-id'|'application-feedback submit|--user-id'|'application-feedback-request create|--interviewer-user-id'|'candidate add-email-message|--user-id'|'candidate create|--credited-to-user-id'|'candidate update|--credited-to-user-id'|'hiring-team add-member|--team-member-id'|'hiring-team remove-member|--team-member-id'|'interviewer-pool add-user|--user-id'|'interviewer-pool remove-user|--user-id'|'offer approve|--user-id'|'referral create|--credited-to-user-id') __ashby_a=(l user id) ;;
    'application change-source|--source-id'|'application create|--source-id'|'application update|--source-id'|'candidate create|--source-id'|'candidate update|--source-id'|'source-tracking-link list|--source-id') __ashby_a=(l source id) ;;
    'application change-stage|--interview-stage-id'|'application create|--interview-stage-id'|'application transfer-raw|--interview-stage-id'|'interview-schedule list|--interview-stage-id') __ashby_a=(l stage id) ;;
    'application change-stage|--archive-reason-id') __ashby_a=(l archiveReason id) ;;
    'application create|--candidate-id'|'assessment add-completed-to-candidate|--candidate-id'|'sequence add-raw|--candidate-id'|'sequence list|--candidate-id'|'survey-request create|--candidate-id'|'survey-request list|--candidate-id'|'survey-submission create|--candidate-id'|'take-home-assignment list|--candidate-id') __ashby_a=(l candidate id) ;;
    'application create|--job-id'|'application list|--job-id'|'application transfer-raw|--job-id'|'hiring-team add-member|--job-id'|'hiring-team remove-member|--job-id'|'opening add-job|--job-id'|'opening remove-job|--job-id') __ashby_a=(l job id) ;;
    'application info|--expand') __ashby_a=(c openings applicationFormSubmissions referrals) ;;
    'application list|--status') __ashby_a=(c Hired Archived Active Lead) ;;
    'application list|--expand') __ashby_a=(c openings) ;;
    'application list|--stage'|'application stage|--stage'|'application transfer|--stage') __ashby_a=(l stage name) ;;
    'application list|--source'|'candidate add|--source') __ashby_a=(l source name) ;;
    'application archive|--reason') __ashby_a=(l archiveReason name) ;;
    'application archive|--email-template') __ashby_a=(l emailTemplate name) ;;
    'application-feedback list|--application-id'|'application-feedback submit|--application-id'|'application-feedback-request create|--application-id'|'candidate push-to-hris-raw|--application-id'|'hiring-team add-member|--application-id'|'hiring-team remove-member|--application-id'|'interview-schedule create|--application-id'|'interview-schedule list|--application-id'|'offer list|--application-id'|'sequence add-raw|--application-id'|'survey-request create|--application-id'|'survey-request list|--application-id'|'survey-submission create|--application-id'|'take-home-assignment list|--application-id') __ashby_a=(l application id) ;;
    'application-feedback-request create|--interview-id') __ashby_a=(l interview id) ;;
    'approval list|--entity-type') __ashby_a=(c offer job opening) ;;
    'approval-definition update|--entity-type') __ashby_a=(c offer) ;;
    'assessment add-completed-to-candidate|--assessment.result.type'|'assessment update|--assessment-status.type'|'assessment update|--assessment-profile-url.type'|'assessment update|--assessment-result.type'|'assessment update|--cancelled-reason.type') __ashby_a=(c numeric_score numeric_duration_minutes url string boolean_success) ;;
    'candidate add-tag|--tag-id'|'candidate remove-tag|--tag-id') __ashby_a=(l tag id) ;;
    'candidate push-to-hris-raw|--external-system') __ashby_a=(c ADP BambooHR bob Charthop Dayforce Enboarder Gusto Lattice Namely OracleHCM Paychex Paylocity Personio Remote Rippling SAP SelfServe UKG Workday) ;;
    'candidate set-fraud-status|--fraud-status') __ashby_a=(c Fraudulent NotFraudulent Unsure) ;;
    'candidate add|--tag') __ashby_a=(l tag name) ;;
    'custom-field create|--field-type') __ashby_a=(c Boolean CompensationRange Currency Date LongText MultiValueSelect Number NumberRange String ValueSelect Url UUID) ;;
    'custom-field create|--object-type') __ashby_a=(c Application Candidate Job Employee Talent_Project Opening_Version Offer_Version Opening Offer) ;;
    'custom-field set-value|--object-type'|'custom-field set-values|--object-type') __ashby_a=(c Application Candidate Job Opening) ;;
    'custom-field set-value|--field-id'|'job-posting set-custom-field-value|--field-id'|'project set-custom-field-value|--field-id'|'user set-custom-field-value|--field-id') __ashby_a=(l customField id) ;;
    'file create-file-upload-handle|--file-upload-context') __ashby_a=(c CandidateResume CandidateFiles ApplicationForm) ;;
    'interview-briefing info|--expand') __ashby_a=(c feedbackFormDefinition application candidate job interview interviewers) ;;
    'interview-event list|--expand'|'take-home-assignment info|--expand'|'take-home-assignment list|--expand') __ashby_a=(c interview) ;;
    'job create|--location-id'|'job update|--location-id'|'opening add-location|--location-id'|'opening remove-location|--location-id') __ashby_a=(l location id) ;;
    'job create|--employment-type'|'job update|--employment-type') __ashby_a=(c FullTime PartTime Intern Contract Temporary) ;;
    'job info|--expand'|'job list|--expand') __ashby_a=(c location openings) ;;
    'job list|--status'|'job set-status|--status') __ashby_a=(c Draft Open Closed Archived) ;;
    'job-posting info|--expand') __ashby_a=(c job) ;;
    'job-posting list|--expand') __ashby_a=(c customFields) ;;
    'job-posting set-status|--status') __ashby_a=(c Draft Published) ;;
    'job-posting update|--workplace-type'|'location create|--workplace-type'|'location update-workplace-type|--workplace-type') __ashby_a=(c OnSite Hybrid Remote) ;;
    'job-posting update|--description.type'|'sequence update-stage|--body.type') __ashby_a=(c text/html) ;;
    'job-template list|--expand') __ashby_a=(c location) ;;
    'location create|--type') __ashby_a=(c Location LocationHierarchy) ;;
    'offer list|--offer-status') __ashby_a=(c WaitingOnApprovalStart WaitingOnOfferApproval WaitingOnApprovalDefinition WaitingOnCandidateResponse CandidateRejected CandidateAccepted OfferCancelled) ;;
    'offer list|--acceptance-status') __ashby_a=(c Accepted Declined Pending Created Cancelled WaitingOnResponse) ;;
    'offer list|--approval-status') __ashby_a=(c Approved WaitingOnApprovals Declined) ;;
    'offer set-status-raw|--acceptance-status') __ashby_a=(c Accepted Declined Cancelled) ;;
    'opening create|--employment-type'|'opening update|--employment-type') __ashby_a=(c FullTime PartTime Intern Contract Temporary '') ;;
    'opening create|--opening-state'|'opening set-opening-state|--opening-state') __ashby_a=(c Draft Approved Open Closed) ;;
    'report generate|--result-style') __ashby_a=(c inline url) ;;
    'sequence cancel|--reason') __ashby_a=(c booked_meeting) ;;
    'survey-request list|--survey-type') __ashby_a=(c CandidateExperience) ;;
    'survey-submission list|--survey-type') __ashby_a=(c CandidateExperience Questionnaire HiringManagerExperience) ;;
    'webhook create-raw|--webhook-type') __ashby_a=(c applicationSubmit applicationUpdate candidateHire candidateStageChange candidateDelete candidateMerge interviewPlanTransition interviewScheduleCreate interviewScheduleUpdate jobPostingUpdate jobPostingPublish jobPostingUnpublish offerCreate offerUpdate offerDelete pushToHRIS surveySubmit jobCreate jobUpdate jobPostingDelete openingCreate signatureRequestUpdate takeHomeAssignmentAssigned takeHomeAssignmentCancelled takeHomeAssignmentCompleted takeHomeAssignmentSubmitted) ;;
    *'|--profile') __ashby_a=(l profile name) ;;
    *'|--base-url'|*'|--jq'|*'|--max-retries'|*'|--timeout') __ashby_a=(v) ;;
    *'|--output'|*'|-o') __ashby_a=(c table json ndjson csv yaml) ;;
    *'|--fields') __ashby_a=(F) ;;
    *'|--color') __ashby_a=(c auto always never) ;;
    *'|--on-behalf-of') __ashby_a=(l user name) ;;
    *) __ashby_a=() ;;
  esac
}

# "<path>|<index>" -> how that positional argument completes.
__ashby_arg() {
  case $1 in
    'auth switch|0'|'api|0'|'sync|0'|'sql|0'|'search|0'|'candidate search|0'|'candidate upload-resume|1'|'candidate upload-file|1'|'feedback-form-definition info|0'|'file info|0'|'file download|0'|'interview-briefing info|0'|'interview-event list|0'|'interview-schedule cancel|0'|'interview-schedule update|0'|'interview-stage list|0'|'interviewer-pool add-user|0'|'interviewer-pool archive|0'|'interviewer-pool info|0'|'interviewer-pool remove-user|0'|'interviewer-pool restore|0'|'interviewer-pool update|0'|'job-posting info|0'|'job-posting set-custom-field-value|0'|'job-posting set-custom-field-values|0'|'job-posting set-status|0'|'job-posting update|0'|'job-posting update-compensation|0'|'job-posting update-compensation-settings|0'|'notetaker-transcript info|0'|'offer approve|0'|'offer info|0'|'offer set-decided-at|0'|'offer set-status-raw|0'|'offer start|0'|'offer start-approval-process|0'|'offer update|0'|'offer set-status|0'|'opening add-job|0'|'opening add-location|0'|'opening info|0'|'opening remove-job|0'|'opening remove-location|0'|'opening set-archived|0'|'opening set-opening-state|0'|'opening update|0'|'project archive|0'|'project info|0'|'project restore|0'|'project set-custom-field-value|0'|'project set-custom-field-values|0'|'project update|0'|'report generate|0'|'report synchronous|0'|'report run|0'|'sequence cancel|0'|'sequence discard|0'|'sequence info|0'|'sequence start-raw|0'|'sequence update-stage|0'|'sequence add|0'|'sequence start|0'|'sequence-template info|0'|'survey-form-definition info|0'|'take-home-assignment info|0'|'user delete-interviewer-pause|0'|'webhook delete-raw|0'|'webhook info|0'|'webhook update-raw|0'|'webhook show|0'|'webhook update|0'|'webhook delete|0'|'webhook verify|0'|'webhook trigger|0') __ashby_a=(v) ;;
    'feedback submit|0'|'application archive|0'|'application stage|0'|'application hire|0'|'application transfer|0'|'application view|0'|'application delete|0'|'candidate push-hris|0'|'interview schedule|0'|'offer create|0'|'offer cancel|0'|'offer process show|0') __ashby_a=(l application name) ;;
    'completion|0') __ashby_a=(c bash zsh fish) ;;
    'application add-hiring-team-member|0'|'application change-source|0'|'application change-stage|0'|'application delete-raw|0'|'application info|0'|'application list-criteria-evaluations|0'|'application list-history|0'|'application remove-hiring-team-member|0'|'application transfer-raw|0'|'application update|0'|'application update-history|0'|'offer-process start|0') __ashby_a=(l application id) ;;
    'candidate add-email-message|0'|'candidate add-project|0'|'candidate add-tag|0'|'candidate anonymize|0'|'candidate create-note|0'|'candidate info|0'|'candidate list-client-info|0'|'candidate list-fraud-checks|0'|'candidate list-notes|0'|'candidate list-projects|0'|'candidate remove-project|0'|'candidate remove-tag|0'|'candidate set-fraud-status|0'|'candidate update|0'|'candidate upload-file-raw|0'|'candidate upload-resume-raw|0') __ashby_a=(l candidate id) ;;
    'candidate view|0'|'candidate upload-resume|0'|'candidate upload-file|0') __ashby_a=(l candidate name) ;;
    'candidate-tag archive|0') __ashby_a=(l tag id) ;;
    'custom-field info|0'|'custom-field update-selectable-values|0') __ashby_a=(l customField id) ;;
    'department archive|0'|'department info|0'|'department move|0'|'department restore|0'|'department update|0') __ashby_a=(l department id) ;;
    'interview info|0') __ashby_a=(l interview id) ;;
    'interview-stage info|0') __ashby_a=(l stage id) ;;
    'job info|0'|'job set-status|0'|'job update|0'|'job update-compensation|0'|'job update-compensation-settings|0'|'job-interview-plan info|0') __ashby_a=(l job id) ;;
    'job pipeline|0'|'job view|0') __ashby_a=(l job name) ;;
    'location archive|0'|'location info|0'|'location move|0'|'location restore|0'|'location update-address|0'|'location update-external-name|0'|'location update-name|0'|'location update-workplace-type|0') __ashby_a=(l location id) ;;
    'user create-interviewer-pause|0'|'user info|0'|'user interviewer-settings|0'|'user list-interviewer-pauses|0'|'user set-custom-field-value|0'|'user set-custom-field-values|0'|'user update-interviewer-settings|0') __ashby_a=(l user id) ;;
    'sync|'*|'search|'*) __ashby_a=(v) ;;
    'application archive|'*) __ashby_a=(l application name) ;;
    *) __ashby_a=() ;;
  esac
}

# The endpoint whose record fields --fields offers.
__ashby_ep() {
  case $1 in
    'auth login') __ashby_s=apiKey.info ;;
    'auth status') __ashby_s=apiKey.info ;;
    'feedback submit') __ashby_s=feedbackFormDefinition.list ;;
    doctor) __ashby_s=apiKey.info ;;
    'api-key info') __ashby_s=apiKey.info ;;
    'application add-hiring-team-member') __ashby_s=application.addHiringTeamMember ;;
    'application change-source') __ashby_s=application.changeSource ;;
    'application change-stage') __ashby_s=application.changeStage ;;
    'application create') __ashby_s=application.create ;;
    'application delete-raw') __ashby_s=application.delete ;;
    'application info') __ashby_s=application.info ;;
    'application list') __ashby_s=application.list ;;
    'application list-criteria-evaluations') __ashby_s=application.listCriteriaEvaluations ;;
    'application list-history') __ashby_s=application.listHistory ;;
    'application remove-hiring-team-member') __ashby_s=application.removeHiringTeamMember ;;
    'application transfer-raw') __ashby_s=application.transfer ;;
    'application update') __ashby_s=application.update ;;
    'application update-history') __ashby_s=application.updateHistory ;;
    'application archive') __ashby_s=application.info ;;
    'application stage') __ashby_s=application.info ;;
    'application hire') __ashby_s=application.info ;;
    'application transfer') __ashby_s=application.info ;;
    'application view') __ashby_s=application.info ;;
    'application delete') __ashby_s=application.info ;;
    'application-feedback list') __ashby_s=applicationFeedback.list ;;
    'application-feedback submit') __ashby_s=applicationFeedback.submit ;;
    'application-feedback-request create') __ashby_s=applicationFeedbackRequest.create ;;
    'application-form submit') __ashby_s=applicationForm.submit ;;
    'application-hiring-team-role list') __ashby_s=applicationHiringTeamRole.list ;;
    'approval list') __ashby_s=approval.list ;;
    'approval-definition update') __ashby_s=approvalDefinition.update ;;
    'archive-reason list') __ashby_s=archiveReason.list ;;
    'audit-log list-raw') __ashby_s=auditLog.list ;;
    'audit-log list') __ashby_s=auditLog.list ;;
    'assessment add-completed-to-candidate') __ashby_s=assessment.addCompletedToCandidate ;;
    'assessment update') __ashby_s=assessment.update ;;
    'brand list') __ashby_s=brand.list ;;
    'candidate add-email-message') __ashby_s=candidate.addEmailMessage ;;
    'candidate add-project') __ashby_s=candidate.addProject ;;
    'candidate add-tag') __ashby_s=candidate.addTag ;;
    'candidate anonymize') __ashby_s=candidate.anonymize ;;
    'candidate create') __ashby_s=candidate.create ;;
    'candidate create-note') __ashby_s=candidate.createNote ;;
    'candidate info') __ashby_s=candidate.info ;;
    'candidate list') __ashby_s=candidate.list ;;
    'candidate list-client-info') __ashby_s=candidate.listClientInfo ;;
    'candidate list-fraud-checks') __ashby_s=candidate.listFraudChecks ;;
    'candidate list-notes') __ashby_s=candidate.listNotes ;;
    'candidate list-projects') __ashby_s=candidate.listProjects ;;
    'candidate push-to-hris-raw') __ashby_s=candidate.pushToHris ;;
    'candidate remove-project') __ashby_s=candidate.removeProject ;;
    'candidate remove-tag') __ashby_s=candidate.removeTag ;;
    'candidate search') __ashby_s=candidate.search ;;
    'candidate set-fraud-status') __ashby_s=candidate.setFraudStatus ;;
    'candidate update') __ashby_s=candidate.update ;;
    'candidate upload-file-raw') __ashby_s=candidate.uploadFile ;;
    'candidate upload-resume-raw') __ashby_s=candidate.uploadResume ;;
    'candidate add') __ashby_s=candidate.create ;;
    'candidate view') __ashby_s=candidate.search ;;
    'candidate upload-resume') __ashby_s=file.createFileUploadHandle ;;
    'candidate upload-file') __ashby_s=file.createFileUploadHandle ;;
    'candidate push-hris') __ashby_s=application.info ;;
    'candidate-tag archive') __ashby_s=candidateTag.archive ;;
    'candidate-tag create') __ashby_s=candidateTag.create ;;
    'candidate-tag list') __ashby_s=candidateTag.list ;;
    'close-reason list') __ashby_s=closeReason.list ;;
    'communication-template list') __ashby_s=communicationTemplate.list ;;
    'custom-field create') __ashby_s=customField.create ;;
    'custom-field info') __ashby_s=customField.info ;;
    'custom-field list') __ashby_s=customField.list ;;
    'custom-field set-value') __ashby_s=customField.setValue ;;
    'custom-field set-values') __ashby_s=customField.setValues ;;
    'custom-field update-selectable-values') __ashby_s=customField.updateSelectableValues ;;
    'department archive') __ashby_s=department.archive ;;
    'department create') __ashby_s=department.create ;;
    'department info') __ashby_s=department.info ;;
    'department list') __ashby_s=department.list ;;
    'department move') __ashby_s=department.move ;;
    'department restore') __ashby_s=department.restore ;;
    'department update') __ashby_s=department.update ;;
    'email-sender list') __ashby_s=emailSender.list ;;
    'feedback-form-definition info') __ashby_s=feedbackFormDefinition.info ;;
    'feedback-form-definition list') __ashby_s=feedbackFormDefinition.list ;;
    'file create-file-upload-handle') __ashby_s=file.createFileUploadHandle ;;
    'file info') __ashby_s=file.info ;;
    'file download') __ashby_s=file.info ;;
    'hiring-team add-member') __ashby_s=hiringTeam.addMember ;;
    'hiring-team remove-member') __ashby_s=hiringTeam.removeMember ;;
    'hiring-team-role list') __ashby_s=hiringTeamRole.list ;;
    'interview info') __ashby_s=interview.info ;;
    'interview list') __ashby_s=interview.list ;;
    'interview schedule') __ashby_s=interview.list ;;
    'interview-briefing info') __ashby_s=interviewBriefing.info ;;
    'interview-event list') __ashby_s=interviewEvent.list ;;
    'interview-plan list') __ashby_s=interviewPlan.list ;;
    'interview-schedule cancel') __ashby_s=interviewSchedule.cancel ;;
    'interview-schedule create') __ashby_s=interviewSchedule.create ;;
    'interview-schedule list') __ashby_s=interviewSchedule.list ;;
    'interview-schedule update') __ashby_s=interviewSchedule.update ;;
    'interview-stage info') __ashby_s=interviewStage.info ;;
    'interview-stage list') __ashby_s=interviewStage.list ;;
    'interview-stage-group list') __ashby_s=interviewStageGroup.list ;;
    'interviewer-pool add-user') __ashby_s=interviewerPool.addUser ;;
    'interviewer-pool archive') __ashby_s=interviewerPool.archive ;;
    'interviewer-pool create') __ashby_s=interviewerPool.create ;;
    'interviewer-pool info') __ashby_s=interviewerPool.info ;;
    'interviewer-pool list') __ashby_s=interviewerPool.list ;;
    'interviewer-pool remove-user') __ashby_s=interviewerPool.removeUser ;;
    'interviewer-pool restore') __ashby_s=interviewerPool.restore ;;
    'interviewer-pool update') __ashby_s=interviewerPool.update ;;
    'job create') __ashby_s=job.create ;;
    'job info') __ashby_s=job.info ;;
    'job list') __ashby_s=job.list ;;
    'job search') __ashby_s=job.search ;;
    'job set-status') __ashby_s=job.setStatus ;;
    'job update') __ashby_s=job.update ;;
    'job update-compensation') __ashby_s=job.updateCompensation ;;
    'job update-compensation-settings') __ashby_s=job.updateCompensationSettings ;;
    'job pipeline') __ashby_s=job.list ;;
    'job view') __ashby_s=job.list ;;
    'job-board list') __ashby_s=jobBoard.list ;;
    'job-interview-plan info') __ashby_s=jobInterviewPlan.info ;;
    'job-posting info') __ashby_s=jobPosting.info ;;
    'job-posting list') __ashby_s=jobPosting.list ;;
    'job-posting set-custom-field-value') __ashby_s=jobPosting.setCustomFieldValue ;;
    'job-posting set-custom-field-values') __ashby_s=jobPosting.setCustomFieldValues ;;
    'job-posting set-status') __ashby_s=jobPosting.setStatus ;;
    'job-posting update') __ashby_s=jobPosting.update ;;
    'job-posting update-compensation') __ashby_s=jobPosting.updateCompensation ;;
    'job-posting update-compensation-settings') __ashby_s=jobPosting.updateCompensationSettings ;;
    'job-template list') __ashby_s=jobTemplate.list ;;
    'location archive') __ashby_s=location.archive ;;
    'location create') __ashby_s=location.create ;;
    'location info') __ashby_s=location.info ;;
    'location list') __ashby_s=location.list ;;
    'location move') __ashby_s=location.move ;;
    'location restore') __ashby_s=location.restore ;;
    'location update-address') __ashby_s=location.updateAddress ;;
    'location update-external-name') __ashby_s=location.updateExternalName ;;
    'location update-name') __ashby_s=location.updateName ;;
    'location update-workplace-type') __ashby_s=location.updateWorkplaceType ;;
    'notetaker-transcript info') __ashby_s=notetakerTranscript.info ;;
    'offer approve') __ashby_s=offer.approve ;;
    'offer create-raw') __ashby_s=offer.create ;;
    'offer info') __ashby_s=offer.info ;;
    'offer list') __ashby_s=offer.list ;;
    'offer set-decided-at') __ashby_s=offer.setDecidedAt ;;
    'offer set-status-raw') __ashby_s=offer.setStatus ;;
    'offer start') __ashby_s=offer.start ;;
    'offer start-approval-process') __ashby_s=offer.startApprovalProcess ;;
    'offer update') __ashby_s=offer.update ;;
    'offer create') __ashby_s=offerProcess.start ;;
    'offer cancel') __ashby_s=application.info ;;
    'offer process show') __ashby_s=application.info ;;
    'offer set-status') __ashby_s=offer.setStatus ;;
    'offer-process start') __ashby_s=offerProcess.start ;;
    'opening add-job') __ashby_s=opening.addJob ;;
    'opening add-location') __ashby_s=opening.addLocation ;;
    'opening create') __ashby_s=opening.create ;;
    'opening info') __ashby_s=opening.info ;;
    'opening list') __ashby_s=opening.list ;;
    'opening remove-job') __ashby_s=opening.removeJob ;;
    'opening remove-location') __ashby_s=opening.removeLocation ;;
    'opening search') __ashby_s=opening.search ;;
    'opening set-archived') __ashby_s=opening.setArchived ;;
    'opening set-opening-state') __ashby_s=opening.setOpeningState ;;
    'opening update') __ashby_s=opening.update ;;
    'project archive') __ashby_s=project.archive ;;
    'project create') __ashby_s=project.create ;;
    'project info') __ashby_s=project.info ;;
    'project list') __ashby_s=project.list ;;
    'project restore') __ashby_s=project.restore ;;
    'project search') __ashby_s=project.search ;;
    'project set-custom-field-value') __ashby_s=project.setCustomFieldValue ;;
    'project set-custom-field-values') __ashby_s=project.setCustomFieldValues ;;
    'project update') __ashby_s=project.update ;;
    'referral create') __ashby_s=referral.create ;;
    'referral-form info') __ashby_s=referralForm.info ;;
    'report generate') __ashby_s=report.generate ;;
    'report synchronous') __ashby_s=report.synchronous ;;
    'report run') __ashby_s=report.synchronous ;;
    'sequence add-raw') __ashby_s=sequence.add ;;
    'sequence cancel') __ashby_s=sequence.cancel ;;
    'sequence discard') __ashby_s=sequence.discard ;;
    'sequence info') __ashby_s=sequence.info ;;
    'sequence list') __ashby_s=sequence.list ;;
    'sequence start-raw') __ashby_s=sequence.start ;;
    'sequence update-stage') __ashby_s=sequence.updateStage ;;
    'sequence add') __ashby_s=candidate.info ;;
    'sequence start') __ashby_s=candidate.info ;;
    'sequence-template info') __ashby_s=sequenceTemplate.info ;;
    'sequence-template list') __ashby_s=sequenceTemplate.list ;;
    'source list') __ashby_s=source.list ;;
    'source-tracking-link list') __ashby_s=sourceTrackingLink.list ;;
    'survey-form-definition info') __ashby_s=surveyFormDefinition.info ;;
    'survey-form-definition list') __ashby_s=surveyFormDefinition.list ;;
    'survey-request create') __ashby_s=surveyRequest.create ;;
    'survey-request list') __ashby_s=surveyRequest.list ;;
    'survey-submission create') __ashby_s=surveySubmission.create ;;
    'survey-submission list') __ashby_s=surveySubmission.list ;;
    'take-home-assignment info') __ashby_s=takeHomeAssignment.info ;;
    'take-home-assignment list') __ashby_s=takeHomeAssignment.list ;;
    'user create-interviewer-pause') __ashby_s=user.createInterviewerPause ;;
    'user delete-interviewer-pause') __ashby_s=user.deleteInterviewerPause ;;
    'user info') __ashby_s=user.info ;;
    'user interviewer-settings') __ashby_s=user.interviewerSettings ;;
    'user list') __ashby_s=user.list ;;
    'user list-interviewer-pauses') __ashby_s=user.listInterviewerPauses ;;
    'user search') __ashby_s=user.search ;;
    'user set-custom-field-value') __ashby_s=user.setCustomFieldValue ;;
    'user set-custom-field-values') __ashby_s=user.setCustomFieldValues ;;
    'user update-interviewer-settings') __ashby_s=user.updateInterviewerSettings ;;
    'version list') __ashby_s=version.list ;;
    'webhook create-raw') __ashby_s=webhook.create ;;
    'webhook delete-raw') __ashby_s=webhook.delete ;;
    'webhook info') __ashby_s=webhook.info ;;
    'webhook update-raw') __ashby_s=webhook.update ;;
    'webhook create') __ashby_s=webhook.create ;;
    'webhook show') __ashby_s=webhook.info ;;
    'webhook update') __ashby_s=webhook.update ;;
    'webhook delete') __ashby_s=webhook.delete ;;
    *) __ashby_s= ;;
  esac
}

# Splits the line before the cursor into words with quotes and backslashes removed. Done here rather
# than with COMP_WORDS so that '=', ':' and '@' (COMP_WORDBREAKS) do not split values.
__ashby_split() {
  local line=$1 c q= w= inword= i
  __ashby_words=()
  for ((i = 0; i < ${#line}; i++)); do
    c=${line:i:1}
    if [[ -n $q ]]; then
      if [[ $c == "$q" ]]; then q=
      elif [[ $q == '"' && $c == \\ ]]; then ((i++)); w+=${line:i:1}
      else w+=$c; fi
    elif [[ $c == \\ ]]; then ((i++)); w+=${line:i:1}; inword=1
    elif [[ $c == [\"\'] ]]; then q=$c; inword=1
    elif [[ $c == [[:space:]] ]]; then
      [[ -n $inword ]] && __ashby_words+=("$w")
      w= inword=
    else w+=$c; inword=1; fi
  done
  __ashby_words+=("$w")
  __ashby_quote=$q
}

# Remembers what a flag says about live values elsewhere on the line (--job, --profile, --sandbox).
__ashby_note() {
  case $2 in
    --sandbox) ctx+=(sandbox=1); return ;;
    --base-url) ctx+=("base-url=$3"); return ;;
  esac
  __ashby_spec "$1|$2"
  [[ ${__ashby_a[0]} == l ]] && ctx+=("${__ashby_a[1]}=$3")
}

__ashby_match() {
  local w
  for w in "$@"; do [[ $w == "$cur"* ]] && COMPREPLY+=("$w"); done
}

# Live values and field names from 'ashby __complete SPEC CUR [NAME=VALUE]...' (value<TAB>description
# per line; the engine has matched them already, names to ids included).
__ashby_engine() {
  local bin=${__ashby_words[0]} line
  [[ $bin == '~/'* ]] && bin=$HOME/${bin:2}
  while IFS= read -r line; do
    [[ -n $line ]] && COMPREPLY+=("${line%%$'\t'*}")
  done < <("$bin" __complete "$1" "$cur" "${ctx[@]}" 2>/dev/null </dev/null)
}

_ashby() {
  local __ashby_a=() __ashby_s= __ashby_words=() __ashby_quote=
  __ashby_split "${COMP_LINE:0:COMP_POINT}"
  local last=$((${#__ashby_words[@]} - 1))
  local cur=${__ashby_words[last]} path= n=0 i w want= dd= pre= esc=1 ctx=() spec=()
  for ((i = 1; i < last; i++)); do
    w=${__ashby_words[i]}
    if [[ -n $want ]]; then __ashby_note "$path" "$want" "$w"; want=; continue; fi
    if [[ -z $dd && $w == -?* ]]; then
      case $w in
        --) dd=1 ;;
        --*=*) __ashby_note "$path" "${w%%=*}" "${w#*=}" ;;
        *) __ashby_spec "$path|$w"
           if ((${#__ashby_a[@]})); then want=$w; else __ashby_note "$path" "$w" 1; fi ;;
      esac
      continue
    fi
    if ((n == 0)) && [[ -z $dd ]]; then
      __ashby_sub "$path/$w"
      if [[ -n $__ashby_s ]]; then path=$__ashby_s; continue; fi
    fi
    __ashby_arg "$path|$n"
    [[ ${__ashby_a[0]} == l ]] && ctx+=("${__ashby_a[1]}=$w")
    ((n++))
  done

  COMPREPLY=()
  if [[ -z $want && -z $dd && $cur == --*=* ]]; then want=${cur%%=*} pre=${cur%%=*}= cur=${cur#*=}; fi
  if [[ -n $want ]]; then
    __ashby_spec "$path|$want"; spec=("${__ashby_a[@]}")
  elif [[ -z $dd && $cur == -* ]]; then
    __ashby_flags "$path"; __ashby_match "${__ashby_a[@]}" "${__ashby_gflags[@]}"
  else
    __ashby_kids "$path"
    if ((n == 0 && ${#__ashby_a[@]})) && [[ -z $dd ]]; then
      __ashby_match "${__ashby_a[@]}"
    else
      __ashby_arg "$path|$n"; spec=("${__ashby_a[@]}")
      if ((${#spec[@]} == 0)) && [[ -z $dd ]]; then
        __ashby_flags "$path"; __ashby_match "${__ashby_a[@]}" "${__ashby_gflags[@]}"
      fi
    fi
  fi
  case ${spec[0]} in
    c) __ashby_match "${spec[@]:1}" ;;
    f) esc= ; compopt -o filenames 2>/dev/null
       while IFS= read -r w; do COMPREPLY+=("$w"); done < <(compgen -f -- "$cur") ;;
    l) __ashby_engine "live:${spec[1]}:${spec[2]}"
       # An argument whose values are not known yet (a cold cache, a slow network): its flags.
       if ((${#COMPREPLY[@]} == 0)) && [[ -z $want && -z $dd && -z $cur ]]; then
         __ashby_flags "$path"; __ashby_match "${__ashby_a[@]}" "${__ashby_gflags[@]}"
       fi ;;
    F) __ashby_ep "$path"
       [[ -n $__ashby_s ]] && __ashby_engine "fields:$__ashby_s"
       compopt -o nospace 2>/dev/null ;;
  esac

  # Readline replaces only the text after the last COMP_WORDBREAKS character outside quotes, so
  # that much is cut from each full word; then what is left is quoted for the line. Values are data
  # (a candidate can be called "Zed $(rm -rf ~)"), so they are escaped for the quoting the cursor is
  # in: inside '…' a ' closes, escapes and reopens; inside "…" \ $ ` and " get a backslash and a !
  # (history expansion) is put in single quotes; bare words get printf %q. Readline itself adds the
  # closing quote.
  local whole=$pre$cur breaks=${COMP_WORDBREAKS//[\"\' $'\t\n']/} cut= r
  if [[ -z $__ashby_quote && -n $breaks && $whole == *[$breaks]* ]]; then cut=${whole%"${whole##*[$breaks]}"}; fi
  for i in "${!COMPREPLY[@]}"; do
    r=$pre${COMPREPLY[i]}
    r=${r#"$cut"}
    if [[ -n $esc ]]; then
      case $__ashby_quote in
        \') r=${r//\'/\'\\\'\'} ;;
        \") r=${r//\\/\\\\}; r=${r//\$/\\\$}; r=${r//\`/\\\`}; r=${r//\"/\\\"}; r=${r//!/\"\'!\'\"} ;;
        *) [[ $r == *[^A-Za-z0-9_.,:/@+=%-]* ]] && printf -v r %q "$r" ;;
      esac
    fi
    COMPREPLY[i]=$r
  done
}

complete -F _ashby ashby

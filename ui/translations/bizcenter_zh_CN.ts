<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <source>given back</source>
        <translation type="vanished">已退还</translation>
    </message>
    <message>
        <source>held</source>
        <translation type="vanished">收存中</translation>
    </message>
    <message>
        <source>deposit %1 %2 %3</source>
        <translation type="vanished">押金 %1 %2 %3</translation>
    </message>
    <message>
        <source>Booking %1 returned; its charge is on the bill.</source>
        <translation type="vanished">预订 %1 已归还，费用已加入账单。</translation>
    </message>
    <message>
        <source>Overtime: %1 min.</source>
        <translation type="vanished">超时 %1 分钟。</translation>
    </message>
    <message>
        <source>Give back the deposit: %1 %2.</source>
        <translation type="vanished">请退还押金：%1 %2。</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about.py" line="41" />
        <source>About bizcenter</source>
        <translation>关于 bizcenter</translation>
    </message>
    <message>
        <location filename="../about.py" line="46" />
        <source>Business centre point of service</source>
        <translation>商务中心收银系统</translation>
    </message>
    <message>
        <location filename="../about.py" line="48" />
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="../about.py" line="51" />
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../about.py" line="52" />
        <source>Settings of this PC: {where}</source>
        <translation>本机设置：{where}</translation>
    </message>
    <message>
        <location filename="../about.py" line="53" />
        <source>Backups: {where}</source>
        <translation>备份：{where}</translation>
    </message>
    <message>
        <location filename="../about.py" line="54" />
        <source>Latest backup: {what}</source>
        <translation>最近一次备份：{what}</translation>
    </message>
    <message>
        <location filename="../about.py" line="54" />
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../approval.py" line="31" />
        <source>Supervisor approval</source>
        <translation>领班授权</translation>
    </message>
    <message>
        <location filename="../approval.py" line="45" />
        <source>Supervisor code</source>
        <translation>领班编号</translation>
    </message>
    <message>
        <location filename="../approval.py" line="46" />
        <source>PIN</source>
        <translation>PIN 密码</translation>
    </message>
    <message>
        <location filename="../approval.py" line="48" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../approval.py" line="64" />
        <source>Enter the amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../approval.py" line="68" />
        <source>Enter the supervisor's code and PIN.</source>
        <translation>请输入领班编号和 PIN。</translation>
    </message>
    <message>
        <location filename="../approval.py" line="72" />
        <source>Enter a reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../backoffice/auditlog.py" line="53" />
        <source>From</source>
        <translation>出发</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="54" />
        <source>To</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="55" />
        <source>Search text</source>
        <translation>查找内容</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="56" />
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="57" />
        <source>Older entries</source>
        <translation>更早的记录</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="59" />
        <location filename="../backoffice/auditlog.py" line="63" />
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="61" />
        <location filename="../backoffice/auditlog.py" line="64" />
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="62" />
        <location filename="../backoffice/auditlog.py" line="65" />
        <source>Sign-ins, failures, lock-outs</source>
        <translation>登录、登录失败、锁定</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="vanished">登录</translation>
    </message>
    <message>
        <source>Wrong code or PIN</source>
        <translation type="vanished">编号或 PIN 错误</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation type="vanished">被锁定</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="vanished">解锁</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation type="vanished">开班</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="vanished">清点现金</translation>
    </message>
    <message>
        <source>Cash recounted</source>
        <translation type="vanished">现金复点</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation type="vanished">结班</translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="vanished">作废</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="vanished">退款</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="vanished">折扣</translation>
    </message>
    <message>
        <source>Price override</source>
        <translation type="vanished">改价</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation type="vanished">日结</translation>
    </message>
    <message>
        <source>Variance approved</source>
        <translation type="vanished">批准差异</translation>
    </message>
    <message>
        <source>Voucher ticked</source>
        <translation type="vanished">签单已核对</translation>
    </message>
    <message>
        <source>Price list published</source>
        <translation type="vanished">发布价目表</translation>
    </message>
    <message>
        <source>Room charges exported</source>
        <translation type="vanished">导出挂房帐</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation type="vanished">重设 PIN</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="67" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="67" />
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="68" />
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="69" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="70" />
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="71" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="105" />
        <source>%1 entries</source>
        <translation>共 %1 条</translation>
    </message>
</context>
<context>
    <name>BackOfficePage</name>
    <message>
        <location filename="../backoffice/window.py" line="86" />
        <source>Back office — %1</source>
        <translation>领班后台 — %1</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="87" />
        <source>To the counter</source>
        <translation>去柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="88" />
        <source>Sign out</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="89" />
        <source>Day close</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="89" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="89" />
        <source>Price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="90" />
        <source>Staff and counters</source>
        <translation>员工与柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="90" />
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="90" />
        <source>Supplies</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="91" />
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="91" />
        <source>Guests and events</source>
        <translation>宾客与活动</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="92" />
        <source>Counter logs</source>
        <translation>柜台日志</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="92" />
        <source>Fapiao</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="93" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="93" />
        <location filename="../backoffice/window.py" line="132" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="93" />
        <source>Companies</source>
        <translation>挂账单位</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="94" />
        <source>City directory</source>
        <translation>城市指南</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="95" />
        <source>Guest profiles</source>
        <translation>客人档案</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="96" />
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="96" />
        <source>Staff week</source>
        <translation>员工周报</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="97" />
        <source>VIP travel</source>
        <translation>贵宾接送</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="126" />
        <source>On duty now: %1</source>
        <translation>当班：%1</translation>
    </message>
</context>
<context>
    <name>BillModel</name>
    <message>
        <location filename="../sell/bill.py" line="33" />
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../sell/bill.py" line="33" />
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../sell/bill.py" line="33" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../board.py" line="59" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../board.py" line="60" />
        <source>&lt;b&gt;VIP guests in house&lt;/b&gt;</source>
        <translation>&lt;b&gt;在店 VIP 客人&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../board.py" line="61" />
        <source>&lt;b&gt;Events today&lt;/b&gt;</source>
        <translation>&lt;b&gt;今日活动&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../board.py" line="62" />
        <source>&lt;b&gt;Equipment faults&lt;/b&gt;</source>
        <translation>&lt;b&gt;设备故障&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../board.py" line="63" />
        <source>Fault cleared…</source>
        <translation>故障已排除…</translation>
    </message>
    <message>
        <location filename="../board.py" line="64" />
        <source>&lt;b&gt;On duty&lt;/b&gt;</source>
        <translation>&lt;b&gt;当班&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../board.py" line="65" />
        <source>Report a fault…</source>
        <translation>报告故障…</translation>
    </message>
    <message>
        <location filename="../board.py" line="90" />
        <source>Fault cleared</source>
        <translation>故障已排除</translation>
    </message>
    <message>
        <location filename="../board.py" line="90" />
        <source>What was done?</source>
        <translation>如何处理的？</translation>
    </message>
    <message>
        <location filename="../board.py" line="102" />
        <location filename="../board.py" line="105" />
        <source>Report a fault</source>
        <translation>报告故障</translation>
    </message>
    <message>
        <location filename="../board.py" line="102" />
        <source>Which device?</source>
        <translation>哪台设备？</translation>
    </message>
    <message>
        <location filename="../board.py" line="105" />
        <source>What is wrong?</source>
        <translation>故障情况</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <location filename="../errands/calendar.py" line="23" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="24" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="25" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="26" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="27" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="28" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="29" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="31" />
        <source>booked</source>
        <translation>已预订</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="31" />
        <source>out</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="32" />
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="32" />
        <source>returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="33" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../errands/bookings.py" line="165" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="166" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="167" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="168" />
        <source>Chosen booking</source>
        <translation>所选预订</translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="vanished">现金</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="28" />
        <source>booked</source>
        <translation>已预订</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="28" />
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="29" />
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="30" />
        <source>returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="31" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="32" />
        <source>Deposit in</source>
        <translation>押金方式</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="32" />
        <source>Deposit amount</source>
        <translation>押金金额</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="33" />
        <source>Card last 4</source>
        <translation>卡号后四位</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="33" />
        <source>Approval code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>card</source>
        <translation type="vanished">信用卡</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="52" />
        <source>given back</source>
        <translation>已退还</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="53" />
        <source>held</source>
        <translation>收存中</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="54" />
        <source>deposit %1 %2 %3</source>
        <translation>押金 %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="174" />
        <source>Take deposit</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="175" />
        <source>Hand over</source>
        <translation>交给客人</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="176" />
        <location filename="../errands/bookings.py" line="241" />
        <source>Return and bill</source>
        <translation>归还并收费</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="177" />
        <source>Cancel booking</source>
        <translation>取消预订</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="178" />
        <source>Charge damage…</source>
        <translation>收取损坏赔偿…</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="179" />
        <source>Reason for a cancellation (optional)</source>
        <translation>取消原因（可选）</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="180" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="235" />
        <source>Click a booking in the calendar.</source>
        <translation>请在日历中点击一个预订。</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="241" />
        <source>Bill again</source>
        <translation>重新收费</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="258" />
        <source>Booked: %1</source>
        <translation>已预订：%1</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="267" />
        <source>Enter the deposit amount.</source>
        <translation>请输入押金金额。</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="310" />
        <source>Damage compensation for booking %1: what was damaged, and a supervisor's approval</source>
        <translation>预订 %1 的损坏赔偿：写明损坏了什么，并由领班授权</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="312" />
        <source>Compensation</source>
        <translation>赔偿金额</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="325" />
        <source>Damage compensation %1 on the bill, approved by %2.</source>
        <translation>损坏赔偿 %1 已加入账单，由 %2 授权。</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="338" />
        <source>Booking %1 is on the bill again.</source>
        <translation>预订 %1 已重新加入账单。</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="355" />
        <source>Booking %1 returned; its charge is on the bill.</source>
        <translation>预订 %1 已归还，费用已加入账单。</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="358" />
        <source>Overtime: %1 min.</source>
        <translation>超时 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="362" />
        <source>Give back the deposit: %1 %2.</source>
        <translation>请退还押金：%1 %2。</translation>
    </message>
</context>
<context>
    <name>CallForm</name>
    <message>
        <location filename="../logs/travel_forms.py" line="138" />
        <source>Confirmation call</source>
        <translation>确认电话</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="139" />
        <source>Called</source>
        <translation>通话对象</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="139" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="139" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="140" />
        <source>The guest, the secretary, the driver…</source>
        <translation>客人、秘书、司机…</translation>
    </message>
</context>
<context>
    <name>CarForm</name>
    <message>
        <location filename="../logs/travel_forms.py" line="185" />
        <source>Car</source>
        <translation>用车</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="185" />
        <source>Car type</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="185" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="186" />
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="186" />
        <source>Pick-up (hotel time)</source>
        <translation>接车时间（酒店时间）</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../backoffice/companies.py" line="108" />
        <source>Companies</source>
        <translation>挂账单位</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="109" />
        <location filename="../backoffice/companies.py" line="133" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="110" />
        <source>Payments received and statements (company chosen in the list)</source>
        <translation>收款与对账单（在列表中选择单位）</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="111" />
        <source>Ageing (by charge date)</source>
        <translation>账龄（按挂账日期）</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="112" />
        <location filename="../backoffice/companies.py" line="127" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="112" />
        <location filename="../backoffice/companies.py" line="127" />
        <source>Company name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="112" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="113" />
        <location filename="../backoffice/companies.py" line="128" />
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="113" />
        <location filename="../backoffice/companies.py" line="129" />
        <source>Terms (days)</source>
        <translation>付款期限（天）</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="113" />
        <location filename="../backoffice/companies.py" line="131" />
        <source>Account open</source>
        <translation>可挂账</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="114" />
        <source>Contacts (one a line: name, phone, e-mail)</source>
        <translation>联系人（每行一位：姓名, 电话, 电子邮箱）</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="116" />
        <source>New company</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="117" />
        <source>Save company</source>
        <translation>保存单位</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="119" />
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="119" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="119" />
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="121" />
        <source>Amount received</source>
        <translation>收款金额</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="122" />
        <source>Reference (bank's number)</source>
        <translation>参考号（银行流水号）</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="123" />
        <source>Record payment received</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="124" />
        <source>YYYY-MM</source>
        <translation>年-月（YYYY-MM）</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="125" />
        <source>Statement PDF…</source>
        <translation>对账单 PDF…</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="129" />
        <source>Owes</source>
        <translation>欠款</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="130" />
        <source>Credit left</source>
        <translation>可用额度</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="131" />
        <source>Account closed</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="134" />
        <source>0–29 days</source>
        <translation>0–29 天</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="135" />
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="136" />
        <source>60 days</source>
        <translation>60 天</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="137" />
        <source>90+ days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="138" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="166" />
        <source>Company saved.</source>
        <translation>单位已保存。</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="175" />
        <source>Choose a company in the list first.</source>
        <translation>请先在列表中选择单位。</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="186" />
        <source>Payment recorded.</source>
        <translation>收款已登记。</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="196" />
        <source>Give the month as YYYY-MM.</source>
        <translation>请按 YYYY-MM 填写月份。</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="199" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../backoffice/companies.py" line="205" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>Complaint</source>
        <translation type="vanished">投诉</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="vanished">建议</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="vanished">表扬</translation>
    </message>
    <message>
        <location filename="../logs/complaints.py" line="48" />
        <source>Record what a guest said</source>
        <translation>记录客人反映</translation>
    </message>
    <message>
        <location filename="../logs/complaints.py" line="49" />
        <source>Today (the supervisor follows up in the back office)</source>
        <translation>今日记录（由领班在后台跟进）</translation>
    </message>
    <message>
        <location filename="../logs/complaints.py" line="50" />
        <location filename="../logs/complaints.py" line="56" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../logs/complaints.py" line="50" />
        <location filename="../logs/complaints.py" line="57" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../logs/complaints.py" line="50" />
        <location filename="../logs/complaints.py" line="57" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../logs/complaints.py" line="51" />
        <source>What the guest said</source>
        <translation>客人反映的内容</translation>
    </message>
    <message>
        <location filename="../logs/complaints.py" line="53" />
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../logs/complaints.py" line="54" />
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../logs/complaints.py" line="54" />
        <source>resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../logs/complaints.py" line="56" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../logs/complaints.py" line="58" />
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../logs/complaints.py" line="58" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../logs/complaints.py" line="59" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../logs/complaints.py" line="73" />
        <source>%1 recorded; the supervisor sees it in the back office.</source>
        <translation>已记录%1，领班会在后台看到。</translation>
    </message>
</context>
<context>
    <name>CounterLogsDialog</name>
    <message>
        <location filename="../logs/dialog.py" line="49" />
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../logs/dialog.py" line="50" />
        <source>Messages</source>
        <translation>留言</translation>
    </message>
    <message>
        <location filename="../logs/dialog.py" line="50" />
        <source>Complaints and feedback</source>
        <translation>投诉与意见</translation>
    </message>
    <message>
        <location filename="../logs/dialog.py" line="51" />
        <source>Supplies used</source>
        <translation>物品领用</translation>
    </message>
    <message>
        <location filename="../logs/dialog.py" line="51" />
        <source>Enquiries</source>
        <translation>问询</translation>
    </message>
    <message>
        <location filename="../logs/dialog.py" line="51" />
        <source>City directory</source>
        <translation>城市指南</translation>
    </message>
    <message>
        <location filename="../logs/dialog.py" line="52" />
        <source>VIP travel</source>
        <translation>贵宾接送</translation>
    </message>
    <message>
        <location filename="../logs/dialog.py" line="56" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CounterLogsPage</name>
    <message>
        <location filename="../backoffice/counterlogs.py" line="51" />
        <source>Business days from</source>
        <translation>营业日 从</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="52" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="53" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="54" />
        <source>Messages for guests</source>
        <translation>客人留言</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="55" />
        <source>Enquiries answered</source>
        <translation>已答复的问询</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="56" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="56" />
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="57" />
        <source>waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="57" />
        <source>guest told</source>
        <translation>已通知客人</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="57" />
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="58" />
        <source>not deliverable</source>
        <translation>无法送达</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="60" />
        <source>Taken</source>
        <translation>留言时间</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="60" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="61" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="61" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="62" />
        <location filename="../backoffice/counterlogs.py" line="70" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="63" />
        <source>Caller</source>
        <translation>留言人</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="64" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="65" />
        <source>Told</source>
        <translation>已通知</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="66" />
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="67" />
        <source>Message</source>
        <translation>留言内容</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="69" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="69" />
        <source>Answered by</source>
        <translation>答复人</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="71" />
        <source>Asked</source>
        <translation>问询内容</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="71" />
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="72" />
        <source>Late sign-ins (shift opened after the rostered start less the minutes early)</source>
        <translation>迟到（开班晚于排班开始前应提前到岗的时间）</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="74" />
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="74" />
        <source>Clerk</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="75" />
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="75" />
        <source>Rostered</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="76" />
        <source>Due at</source>
        <translation>应到时间</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="76" />
        <source>Opened</source>
        <translation>开班时间</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="77" />
        <source>Minutes late</source>
        <translation>迟到分钟</translation>
    </message>
    <message>
        <location filename="../backoffice/counterlogs.py" line="82" />
        <source>Open complaints: %1 (follow them up under Guests and events)</source>
        <translation>未处理投诉：%1（请在“宾客与活动”中跟进）</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../counter.py" line="156" />
        <source>Remove line (Del)</source>
        <translation>删除项目 (Del)</translation>
    </message>
    <message>
        <location filename="../counter.py" line="157" />
        <source>Discount…</source>
        <translation>折扣…</translation>
    </message>
    <message>
        <location filename="../counter.py" line="158" />
        <source>Price override…</source>
        <translation>改价…</translation>
    </message>
    <message>
        <location filename="../counter.py" line="159" />
        <source>Pay (F12)</source>
        <translation>收款 (F12)</translation>
    </message>
    <message>
        <location filename="../counter.py" line="160" />
        <source>Receipt…</source>
        <translation>收据…</translation>
    </message>
    <message>
        <location filename="../counter.py" line="161" />
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../counter.py" line="162" />
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <location filename="../counter.py" line="163" />
        <source>X report</source>
        <translation>X 报表</translation>
    </message>
    <message>
        <location filename="../counter.py" line="164" />
        <source>Logs (F9)</source>
        <translation>日志 (F9)</translation>
    </message>
    <message>
        <location filename="../counter.py" line="165" />
        <source>Guest… (Ctrl+G)</source>
        <translation>客人… (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../counter.py" line="167" />
        <source>Close shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <location filename="../counter.py" line="168" />
        <source>Sign out</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../counter.py" line="196" />
        <source>%1 · counter %2 · business day %3</source>
        <translation>%1 · %2 号柜台 · 营业日 %3</translation>
    </message>
    <message>
        <location filename="../counter.py" line="330" />
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../counter.py" line="330" />
        <source>Service charge</source>
        <translation>服务费</translation>
    </message>
    <message>
        <location filename="../counter.py" line="330" />
        <source>Tax</source>
        <translation>税</translation>
    </message>
    <message>
        <location filename="../counter.py" line="335" />
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <location filename="../counter.py" line="347" />
        <source>Discount amount</source>
        <translation>折扣金额</translation>
    </message>
    <message>
        <location filename="../counter.py" line="347" />
        <source>New price of the line</source>
        <translation>该项新价格</translation>
    </message>
    <message>
        <location filename="../counter.py" line="396" />
        <source>Receipt %1 posted.</source>
        <translation>收据 %1 已入账。</translation>
    </message>
    <message>
        <location filename="../counter.py" line="409" />
        <source>Receipt %1 is recorded but cannot be shown here. Show it again with Receipt…; if it still fails, call a supervisor.</source>
        <translation>收据 %1 已记账，但此处无法显示。请用“收据…”再次显示；仍不行请联系领班。</translation>
    </message>
    <message>
        <location filename="../counter.py" line="421" />
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../counter.py" line="421" />
        <source>Receipt number at this counter</source>
        <translation>本柜台收据号</translation>
    </message>
    <message>
        <location filename="../counter.py" line="439" />
        <source>Void receipt %1</source>
        <translation>作废：收据 %1</translation>
    </message>
    <message>
        <location filename="../counter.py" line="439" />
        <source>Refund receipt %1</source>
        <translation>退款：收据 %1</translation>
    </message>
    <message>
        <location filename="../counter.py" line="462" />
        <source>Nothing is left to refund on receipt %1.</source>
        <translation>收据 %1 已没有可退款的项目。</translation>
    </message>
    <message>
        <location filename="../counter.py" line="471" />
        <source>Posted %1.</source>
        <translation>已入账 %1。</translation>
    </message>
</context>
<context>
    <name>CourierDialog</name>
    <message>
        <location filename="../errands/courier.py" line="25" />
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="25" />
        <source>Waybill no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="26" />
        <source>Sender's room (in house)</source>
        <translation>寄件人房号（在店）</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="27" />
        <source>Sender's name</source>
        <translation>寄件人姓名</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="28" />
        <source>Sender's phone (walk-in)</source>
        <translation>寄件人电话（非住店）</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="29" />
        <source>Country or region</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="30" />
        <source>City</source>
        <translation>目的城市</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="30" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="31" />
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="31" />
        <location filename="../errands/courier.py" line="34" />
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="32" />
        <source>Waybill</source>
        <translation>运单</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="32" />
        <source>Sender</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="33" />
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="34" />
        <source>Charge</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="35" />
        <source>Sent</source>
        <translation>寄出时间</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="35" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="36" />
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="37" />
        <source>sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="37" />
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="135" />
        <source>e.g. %1</source>
        <translation>例：%1</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="147" />
        <source>Weigh the parcel: the tariff goes by weight and destination.</source>
        <translation>请称重：按重量和目的地计费。</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="178" />
        <source>Give the sender's copy of the waybill to the guest, then tick it.</source>
        <translation>请把运单寄件人存根联交给客人，然后勾选。</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="189" />
        <source>Waybill %1 %2 registered as sent; its charge is on the bill.</source>
        <translation>%1 运单 %2 已登记寄出，费用已加入账单。</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="245" />
        <source>Choose a consignment first.</source>
        <translation>请先选择一票快递。</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="255" />
        <source>Waybill %1 is already paid for.</source>
        <translation>运单 %1 已付费。</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="258" />
        <source>Waybill %1 is on the bill.</source>
        <translation>运单 %1 已加入账单。</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="271" />
        <source>Waybill %1 marked delivered.</source>
        <translation>运单 %1 已标记送达。</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="275" />
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="276" />
        <source>New waybill</source>
        <translation>新运单</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="277" />
        <source>Sent and delivered</source>
        <translation>已寄出与已送达</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="281" />
        <source>Same city (local rate)</source>
        <translation>同城（同城价）</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="282" />
        <source>Sender's copy given to the guest</source>
        <translation>寄件人存根联已交客人</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="283" />
        <source>empty for a walk-in sender</source>
        <translation>非住店寄件人留空</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="284" />
        <source>Register and add to bill</source>
        <translation>登记并加入账单</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="291" />
        <source>Search waybill, sender, room, recipient or city</source>
        <translation>搜索运单号、寄件人、房号、收件人或城市</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="293" />
        <source>Delivery note (signed by…)</source>
        <translation>送达备注（签收人…）</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="294" />
        <source>Mark delivered</source>
        <translation>标记送达</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="295" />
        <source>Add to bill (unpaid)</source>
        <translation>加入账单（未付）</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="285" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DayClosePage</name>
    <message>
        <location filename="../backoffice/dayclose.py" line="92" />
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="93" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="94" />
        <source>Shifts of the day: cash count and variance</source>
        <translation>当日班次：现金清点与差异</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="95" />
        <source>Signed room-charge vouchers: tick each one you hold</source>
        <translation>挂房帐签单：收到一张勾一张</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="96" />
        <source>Three-way check and close</source>
        <translation>三相符核对与日结</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="97" />
        <location filename="../backoffice/dayclose.py" line="116" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="98" />
        <source>Approve variance</source>
        <translation>批准差异</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="99" />
        <source>Note on missing vouchers</source>
        <translation>缺少签单的说明</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="100" />
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="101" />
        <source>Close the day and export to accounts</source>
        <translation>日结并导出给财务</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="103" />
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="103" />
        <source>cash counted</source>
        <translation>已点款</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="103" />
        <source>shift closed</source>
        <translation>已结班</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="105" />
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="105" />
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="106" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="107" />
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="108" />
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="109" />
        <source>First count</source>
        <translation>初点</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="111" />
        <source>Recount</source>
        <translation>复点</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="113" />
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="114" />
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="115" />
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="115" />
        <source>needed</source>
        <translation>待批准</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="148" />
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="149" />
        <source>All vouchers in hand.</source>
        <translation>签单已全部收齐。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="152" />
        <source>Ledger total %1</source>
        <translation>台帐合计 %1</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="154" />
        <source>Ledger ↔ folios: room charges %1, posted %2</source>
        <translation>帐帐相符：挂房帐 %1，已入房帐 %2</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="156" />
        <source>Ledger ↔ vouchers: %1 of %2 in hand (%3)</source>
        <translation>帐证相符：签单已收 %1 / %2（%3）</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="159" />
        <source>Ledger ↔ cash: cash taken %1, counted %2, variance %3</source>
        <translation>帐款相符：应收现金 %1，实点 %2，差异 %3</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="164" />
        <source>QR wallet %1: %2 (match the wallet's settlement)</source>
        <translation>扫码支付 %1：%2（与该支付渠道的结算单核对）</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="169" />
        <source>This day is closed.</source>
        <translation>此营业日已日结。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="171" />
        <source>%1 shift(s) still open.</source>
        <translation>还有 %1 个班次未结班。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="173" />
        <source>%1 variance(s) to approve.</source>
        <translation>有 %1 项现金差异待批准。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="182" />
        <source>not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="182" />
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="182" />
        <source>no answer</source>
        <translation>未回复</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="183" />
        <source>Not confirmed by the hotel's PMS: %1 posting(s)</source>
        <translation>酒店系统未确认的挂帐：%1 笔</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="193" />
        <source>Ledger chain now: %1</source>
        <translation>账链当前链头：%1</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="195" />
        <location filename="../backoffice/dayclose.py" line="282" />
        <source>Ledger chain at the close: %1</source>
        <translation>日结时的账链链头：%1</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="197" />
        <source>Previous close %1: %2, still in the chain</source>
        <translation>上次日结 %1：%2，仍在账链中</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="198" />
        <source>Previous close %1: %2 is no longer in the chain: records were lost or rewritten</source>
        <translation>上次日结 %1：%2 已不在账链中：有记录丢失或被改写</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="215" />
        <source>Variance approved.</source>
        <translation>差异已批准。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="227" />
        <source>Close the running day?</source>
        <translation>结束正在进行的营业日？</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="228" />
        <source>Business day %1 is today and still running. Once it is closed, no counter can open a shift until %2.</source>
        <translation>营业日 %1 就是今天，还在进行中。日结后，直到 %2 任何柜台都不能开班。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="233" />
        <source>Close the day now</source>
        <translation>现在日结</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="240" />
        <source>Internet sessions (%1):</source>
        <translation>上网计时（%1）：</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="241" />
        <source>Bookings out (%1):</source>
        <translation>借出未还的预订（%1）：</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="242" />
        <source>Deposits held (%1):</source>
        <translation>未退押金（%1）：</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="243" />
        <source>Faxes in the rack (%1):</source>
        <translation>传真架上的传真（%1）：</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="244" />
        <source>Still running:</source>
        <translation>仍在进行：</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="249" />
        <source>Nothing else is running.</source>
        <translation>没有其他正在进行的事项。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="268" />
        <source>Day %1 closed: %2 shift(s), total %3.</source>
        <translation>营业日 %1 已日结：%2 个班次，合计 %3。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="271" />
        <source>Room charges exported as batch %1.</source>
        <translation>挂房帐已导出，批次 %1。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="277" />
        <source>Missing vouchers noted: %1</source>
        <translation>已注明缺少的签单：%1</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="279" />
        <source>Not confirmed by the hotel's PMS at the close: %1 posting(s)</source>
        <translation>日结时酒店系统未确认的挂帐：%1 笔</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="284" />
        <source>The day is closed.</source>
        <translation>已日结。</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../backoffice/directory.py" line="81" />
        <source>City directory</source>
        <translation>城市指南</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="82" />
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="83" />
        <source>Find (name, address, category, note), Enter</source>
        <translation>查找（名称、地址、类别、备注），按回车</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="84" />
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="91" />
        <location filename="../backoffice/directory.py" line="100" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="91" />
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="91" />
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="91" />
        <source>Address (Chinese)</source>
        <translation>中文地址</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="92" />
        <source>Address (English)</source>
        <translation>英文地址</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="92" />
        <location filename="../backoffice/directory.py" line="102" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="92" />
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="92" />
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="93" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="93" />
        <location filename="../backoffice/directory.py" line="104" />
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="95" />
        <source>As dialled here, or +country code</source>
        <translation>按本地拨号，或 +国家代码</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="96" />
        <source>New entry</source>
        <translation>新建条目</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="97" />
        <source>Save entry</source>
        <translation>保存条目</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="98" />
        <source>Retire / bring back</source>
        <translation>停用 / 恢复</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="101" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="103" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="103" />
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="104" />
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="105" />
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="134" />
        <source>Entry saved.</source>
        <translation>条目已保存。</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="144" />
        <source>Choose an entry in the list first.</source>
        <translation>请先在列表中选择条目。</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="147" />
        <source>Entry retired.</source>
        <translation>条目已停用。</translation>
    </message>
    <message>
        <location filename="../backoffice/directory.py" line="147" />
        <source>Entry back in use.</source>
        <translation>条目已恢复使用。</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <location filename="../logs/directory.py" line="76" />
        <source>Find a place</source>
        <translation>查找地点</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="77" />
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="78" />
        <source>Name, address, category or note, in Chinese or English</source>
        <translation>名称、地址、类别或备注（中英文均可）</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="82" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="87" />
        <source>For guest, room (if given)</source>
        <translation>客人、房号（如有）</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="88" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="89" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="90" />
        <source>Log as an enquiry answered</source>
        <translation>登记为已答复的问询</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="91" />
        <source>Print for the guest</source>
        <translation>打印给客人</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="92" />
        <source>Address (Chinese, English)</source>
        <translation>地址（中文、英文）</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="92" />
        <location filename="../logs/directory.py" line="97" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="92" />
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="93" />
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="93" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="94" />
        <source>Example entry: check it before relying on it.</source>
        <translation>示例条目：使用前请核实。</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="96" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="97" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="119" />
        <source>Choose a place in the list first.</source>
        <translation>请先在列表中选择地点。</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="133" />
        <source>Printed for the guest.</source>
        <translation>已打印给客人。</translation>
    </message>
    <message>
        <location filename="../logs/directory.py" line="135" />
        <source>The directory slip was not printed.</source>
        <translation>城市指南未能打印。</translation>
    </message>
</context>
<context>
    <name>DisruptionForm</name>
    <message>
        <location filename="../logs/travel_forms.py" line="155" />
        <source>Flight delay or cancellation</source>
        <translation>航班延误或取消</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="156" />
        <source>What happened</source>
        <translation>航班情况</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="156" />
        <source>What was done</source>
        <translation>采取的措施</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="157" />
        <source>New flight time (airport's clock)</source>
        <translation>新的航班时间（机场当地时间）</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="157" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EnquiriesTab</name>
    <message>
        <location filename="../logs/enquiries.py" line="43" />
        <source>Log an enquiry answered</source>
        <translation>登记已答复的问询</translation>
    </message>
    <message>
        <location filename="../logs/enquiries.py" line="44" />
        <source>Today's enquiries</source>
        <translation>今日问询</translation>
    </message>
    <message>
        <location filename="../logs/enquiries.py" line="45" />
        <location filename="../logs/enquiries.py" line="54" />
        <source>Asked</source>
        <translation>问询内容</translation>
    </message>
    <message>
        <location filename="../logs/enquiries.py" line="45" />
        <location filename="../logs/enquiries.py" line="55" />
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../logs/enquiries.py" line="46" />
        <source>Guest, room (if given)</source>
        <translation>客人、房号（如有）</translation>
    </message>
    <message>
        <location filename="../logs/enquiries.py" line="48" />
        <location filename="../logs/enquiries.py" line="53" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../logs/enquiries.py" line="49" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../logs/enquiries.py" line="50" />
        <source>Log enquiry</source>
        <translation>登记问询</translation>
    </message>
    <message>
        <location filename="../logs/enquiries.py" line="52" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../logs/enquiries.py" line="52" />
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../logs/enquiries.py" line="53" />
        <source>Answered by</source>
        <translation>答复人</translation>
    </message>
    <message>
        <location filename="../logs/enquiries.py" line="67" />
        <source>Enquiry logged.</source>
        <translation>问询已登记。</translation>
    </message>
</context>
<context>
    <name>EquipmentOutPanel</name>
    <message>
        <location filename="../errands/panels.py" line="143" />
        <source>Equipment out (%1)</source>
        <translation>借出设备 (%1)</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="156" />
        <source>Deposits held: %1 in cash (envelope, not in the drawer), %2 card imprint(s)</source>
        <translation>押金在押：现金 %1（押金袋，不在钱箱），信用卡预授权 %2 笔</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <location filename="../backoffice/equipment.py" line="73" />
        <source>Device register</source>
        <translation>设备登记</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="74" />
        <source>Faults and repairs</source>
        <translation>故障与维修</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="75" />
        <location filename="../backoffice/equipment.py" line="97" />
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="75" />
        <location filename="../backoffice/equipment.py" line="97" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="75" />
        <location filename="../backoffice/equipment.py" line="98" />
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="76" />
        <location filename="../backoffice/equipment.py" line="98" />
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="78" />
        <source>Register device</source>
        <translation>登记设备</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="79" />
        <source>Retire selected</source>
        <translation>停用所选</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="80" />
        <source>Show repaired faults too</source>
        <translation>同时显示已修好的故障</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="81" />
        <source>What is wrong?</source>
        <translation>故障情况</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="82" />
        <source>Report fault</source>
        <translation>报告故障</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="83" />
        <source>What was done / who was called</source>
        <translation>处理情况 / 联系了谁</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="84" />
        <source>Record repair step</source>
        <translation>记录维修进度</translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="vanished">已报告</translation>
    </message>
    <message>
        <source>engineer called</source>
        <translation type="vanished">已叫维修</translation>
    </message>
    <message>
        <source>waiting for parts</source>
        <translation type="vanished">等待配件</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation type="vanished">已修好</translation>
    </message>
    <message>
        <source>written off</source>
        <translation type="vanished">已报废</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="vanished">已清除</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="94" />
        <source>No counter</source>
        <translation>不属柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="95" />
        <source>open faults</source>
        <translation>未处理故障</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="99" />
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="100" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="100" />
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="100" />
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="103" />
        <source>Reported</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="104" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="104" />
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="105" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="105" />
        <source>Repair status</source>
        <translation>维修状态</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="106" />
        <source>Last step</source>
        <translation>最近处理</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="139" />
        <source>Device registered.</source>
        <translation>已登记设备。</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="150" />
        <source>Fault reported.</source>
        <translation>已报告故障。</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="155" />
        <source>Choose a fault first.</source>
        <translation>请先选择一条故障。</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="160" />
        <source>Repair step recorded.</source>
        <translation>已记录维修进度。</translation>
    </message>
</context>
<context>
    <name>FapiaoDialog</name>
    <message>
        <location filename="../fapiao.py" line="74" />
        <source>Fapiao for receipt %1</source>
        <translation>收据 %1 开发票</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="75" />
        <source>Ordinary fapiao</source>
        <translation>普通发票</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="76" />
        <source>Special VAT fapiao</source>
        <translation>增值税专用发票</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="77" />
        <source>Personal title (no taxpayer number)</source>
        <translation>个人抬头（无纳税人识别号）</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="78" />
        <source>Electronic fapiao, sent by e-mail</source>
        <translation>电子发票（发送到邮箱）</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="79" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="79" />
        <source>Title</source>
        <translation>抬头</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="79" />
        <source>Taxpayer number</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="80" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="80" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="80" />
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="81" />
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="81" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="81" />
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="82" />
        <source>More receipts</source>
        <translation>其他收据</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="86" />
        <source>e.g. 12, BC2-000034</source>
        <translation>如 12, BC2-000034</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="87" />
        <source>18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="88" />
        <source>Request fapiao</source>
        <translation>申请发票</translation>
    </message>
    <message>
        <location filename="../fapiao.py" line="89" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FapiaoPage</name>
    <message>
        <location filename="../backoffice/fapiao.py" line="57" />
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="58" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="59" />
        <source>Mark issued…</source>
        <translation>登记已开…</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="60" />
        <source>Mark red letter issued…</source>
        <translation>登记红字发票…</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="61" />
        <source>Save CSV…</source>
        <translation>保存 CSV…</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="62" />
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="63" />
        <source>Fapiao requests</source>
        <translation>发票申请</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="64" />
        <source>Red-letter fapiaos due (voids and refunds of invoiced sales)</source>
        <translation>待开红字发票（已开票销售的作废和退款）</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="67" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="67" />
        <source>To issue</source>
        <translation>待开</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="67" />
        <location filename="../backoffice/fapiao.py" line="82" />
        <location filename="../backoffice/fapiao.py" line="89" />
        <source>Issued</source>
        <translation>已出票</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="68" />
        <source>Red letter</source>
        <translation>红字</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="71" />
        <source>Ordinary</source>
        <translation>普通发票</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="71" />
        <source>Special VAT</source>
        <translation>专用发票</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="72" />
        <source>to issue</source>
        <translation>待开</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="72" />
        <source>issued</source>
        <translation>已开</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="73" />
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="73" />
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="75" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="75" />
        <source>Asked</source>
        <translation>问询内容</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="76" />
        <location filename="../backoffice/fapiao.py" line="84" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="76" />
        <source>e-mail</source>
        <translation>电子</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="77" />
        <location filename="../backoffice/fapiao.py" line="86" />
        <source>Title</source>
        <translation>抬头</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="77" />
        <source>Taxpayer number</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="78" />
        <source>Bank details</source>
        <translation>地址电话与开户行</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="79" />
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="80" />
        <location filename="../backoffice/fapiao.py" line="87" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="80" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="81" />
        <location filename="../backoffice/fapiao.py" line="86" />
        <source>Fapiao no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="84" />
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="85" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="88" />
        <source>Red-letter no.</source>
        <translation>红字发票号</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="110" />
        <source>Choose a request still to issue.</source>
        <translation>请选择一条待开的申请。</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="112" />
        <source>Fapiao issued</source>
        <translation>发票已开</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="112" />
        <source>Fapiao number for request %1</source>
        <translation>申请 %1 的发票号码</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="117" />
        <source>Request %1 issued.</source>
        <translation>申请 %1 已登记开具。</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="122" />
        <source>Choose a red-letter fapiao still to issue.</source>
        <translation>请选择一条待开的红字发票。</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="124" />
        <source>Red-letter fapiao issued</source>
        <translation>红字发票已开</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="125" />
        <source>Red-letter fapiao number for %1</source>
        <translation>%1 的红字发票号码</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="129" />
        <source>Red-letter fapiao recorded.</source>
        <translation>红字发票已登记。</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="134" />
        <source>Save the fapiao list</source>
        <translation>保存发票清单</translation>
    </message>
    <message>
        <location filename="../backoffice/fapiao.py" line="141" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>FaultWarning</name>
    <message>
        <location filename="../sell/faults.py" line="36" />
        <source>Open fault</source>
        <translation>设备故障未处理</translation>
    </message>
    <message>
        <location filename="../sell/faults.py" line="37" />
        <source>%1 is done on a device with an open fault:</source>
        <translation>%1所用的设备有未处理的故障：</translation>
    </message>
    <message>
        <location filename="../sell/faults.py" line="39" />
        <source>Sell it anyway, if the work can be done another way?</source>
        <translation>如能用其他方式完成，仍要销售吗？</translation>
    </message>
    <message>
        <location filename="../sell/faults.py" line="40" />
        <source>Sell anyway</source>
        <translation>仍然销售</translation>
    </message>
    <message>
        <location filename="../sell/faults.py" line="41" />
        <source>Do not sell</source>
        <translation>不销售</translation>
    </message>
</context>
<context>
    <name>FaxInDialog</name>
    <message>
        <location filename="../fax/incoming.py" line="19" />
        <source>Phoned</source>
        <translation>已电话通知</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="20" />
        <source>Message light</source>
        <translation>开留言灯</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="21" />
        <source>Note under the door</source>
        <translation>门下留条</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="22" />
        <source>Told in person</source>
        <translation>当面告知</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="23" />
        <source>Delivered by bellboy</source>
        <translation>行李员送交</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="24" />
        <source>Collected by the guest</source>
        <translation>客人自取</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="25" />
        <source>room and name match</source>
        <translation>房号和姓名均相符</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="26" />
        <source>name matches</source>
        <translation>姓名相符</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="27" />
        <source>guest of that room</source>
        <translation>该房间的客人</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="128" />
        <source>Fax from the rack</source>
        <translation>传真储架取件</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="128" />
        <source>Incoming fax</source>
        <translation>收传真</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="129" />
        <source>Name on the fax</source>
        <translation>传真上的收件人姓名</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="129" />
        <source>Room on the fax</source>
        <translation>传真上的房号</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="129" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="130" />
        <source>From (sender)</source>
        <translation>发件人</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="132" />
        <source>Legible</source>
        <translation>字迹清晰</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="133" />
        <source>Complete (all pages)</source>
        <translation>页数完整</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="134" />
        <source>Find the guest</source>
        <translation>查找客人</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="135" />
        <source>For the chosen guest</source>
        <translation>交给所选客人</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="135" />
        <source>Give to the chosen guest</source>
        <translation>交给所选客人</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="136" />
        <source>No match — into the fax rack</source>
        <translation>无人匹配 — 放入传真储架</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="137" />
        <source>Notify and deliver</source>
        <translation>通知并送交</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="138" />
        <source>Guest notified</source>
        <translation>已通知客人</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="139" />
        <source>Print notice</source>
        <translation>打印到达通知</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="140" />
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="141" />
        <source>Add the receiving fee to the bill</source>
        <translation>将收件费加入账单</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="142" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="143" />
        <source>Waiting: to deliver or to bill</source>
        <translation>待送交或待收费的传真</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="144" />
        <source>Continue with this fax</source>
        <translation>继续处理此传真</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="177" />
        <source>No in-house guest matches: put the fax in the rack.</source>
        <translation>没有匹配的在店客人：请将传真放入传真储架。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="183" />
        <source>Find the guest and choose one in the list first.</source>
        <translation>请先查找客人并在列表中选择。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="204" />
        <source>Fax for %1 put in the fax rack.</source>
        <translation>给 %1 的传真已放入传真储架。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="230" />
        <source>Choose a fax in the list first.</source>
        <translation>请先在列表中选择一份传真。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="258" />
        <source>Notice printed.</source>
        <translation>通知已打印。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="260" />
        <source>Not printed: %1 — the job waits in the print queue.</source>
        <translation>未打印：%1——任务在打印队列中等待。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="275" />
        <source>This fax is already on the open bill.</source>
        <translation>此传真已在当前账单上。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="279" />
        <source>Receiving fee for %1 (room %2) on the bill.</source>
        <translation>%1（%2 房）的收件费已加入账单。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="309" />
        <source>Fax %1 for %2, room %3, %4 pages</source>
        <translation>传真 %1，收件人 %2，房号 %3，%4 页</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="314" />
        <source>notified: %1 at %2 by %3</source>
        <translation>已通知：%1，%2，经办 %3</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="317" />
        <source>delivered: %1 at %2 by %3</source>
        <translation>已送交：%1，%2，经办 %3</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="320" />
        <source>not legible or incomplete: no fee; ask the sender to send it again</source>
        <translation>不清晰或不完整：不收费，请联系发件人重发</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="322" />
        <source>fee already charged</source>
        <translation>已收费</translation>
    </message>
</context>
<context>
    <name>FaxRackPanel</name>
    <message>
        <location filename="../fax/rack.py" line="72" />
        <source>Fax rack (%1)</source>
        <translation>传真储架 (%1)</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="75" />
        <source>Search the rack: name, room or sender</source>
        <translation>搜索传真储架：姓名、房号或发件人</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="76" />
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="76" />
        <source>Age</source>
        <translation>已放置</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="76" />
        <source>Name on the fax</source>
        <translation>传真上的收件人姓名</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="77" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="77" />
        <source>From</source>
        <translation>出发</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="77" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="77" />
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="78" />
        <source>Give to a guest…</source>
        <translation>交给客人…</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="79" />
        <source>Give to a visitor…</source>
        <translation>交给访客…</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="80" />
        <source>Reason, if archived before it is overdue</source>
        <translation>未到期提前存档时填写原因</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="81" />
        <source>Archive</source>
        <translation>存档</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="82" />
        <source>Archive all overdue</source>
        <translation>将逾期传真全部存档</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="102" />
        <source>Unclaimed for longer than the rack days: archive it</source>
        <translation>超过保留天数无人认领：请存档</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="114" />
        <source>Choose a fax in the rack first.</source>
        <translation>请先在传真储架中选择一份传真。</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="152" />
        <source>Fax for %1 archived.</source>
        <translation>给 %1 的传真已存档。</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="161" />
        <source>%1 overdue fax(es) archived.</source>
        <translation>已将 %1 份逾期传真存档。</translation>
    </message>
</context>
<context>
    <name>FaxSendDialog</name>
    <message>
        <location filename="../fax/send.py" line="108" />
        <source>Send a fax</source>
        <translation>发传真</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="109" />
        <source>Fax number</source>
        <translation>传真号码</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="109" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="109" />
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="110" />
        <source>Guest (sender)</source>
        <translation>客人（发件人）</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="112" />
        <source>+81 3 1234 5678, or a local number</source>
        <translation>+81 3 1234 5678，或本地号码</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="113" />
        <source>Number and recipient read back to the guest</source>
        <translation>已向客人复述号码和收件人</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="114" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="115" />
        <source>Transmission report</source>
        <translation>传真发送报告</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="116" />
        <location filename="../fax/send.py" line="241" />
        <source>Sent OK</source>
        <translation>发送成功</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="116" />
        <location filename="../fax/send.py" line="241" />
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="116" />
        <location filename="../fax/send.py" line="241" />
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="116" />
        <location filename="../fax/send.py" line="242" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="118" />
        <source>Reason (from the report)</source>
        <translation>原因（以发送报告为准）</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="119" />
        <source>Resend free of charge</source>
        <translation>免费重发</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="120" />
        <source>Recent faxes at this counter</source>
        <translation>本柜台最近的传真</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="121" />
        <source>Resend free</source>
        <translation>免费重发</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="122" />
        <source>Bill</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="123" />
        <source>What the recipient says</source>
        <translation>对方的说法</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="124" />
        <source>Recipient says not received</source>
        <translation>对方称未收到</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="152" />
        <source>First page %1, each further page %2 — %3 pages: %4 (with service charge and tax %5)</source>
        <translation>首页 %1，续页每页 %2 — 共 %3 页：%4（含服务费和税 %5）</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="172" />
        <source>Check the number, pages and recipient, and read them back to the guest.</source>
        <translation>请核对号码、页数和收件人，并向客人复述。</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="227" />
        <source>Guest gives up — nothing to charge</source>
        <translation>客人放弃 — 不收费</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="229" />
        <source>Done — add to the bill</source>
        <translation>完成 — 加入账单</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="231" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="235" />
        <source>Fax %1 to %2, %3 pages</source>
        <translation>传真 %1 发往 %2，%3 页</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="238" />
        <source>free resend</source>
        <translation>免费重发</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="240" />
        <source>Sending… record the transmission report.</source>
        <translation>正在发送……请登记发送报告结果。</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="245" />
        <source>recipient says not received (noted)</source>
        <translation>对方称未收到（已登记）</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="250" />
        <source>Fax to %1 sent; charged on this bill.</source>
        <translation>发给 %1 的传真已发送，已计入本账单。</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="252" />
        <source>Fax to %1 not sent; nothing charged.</source>
        <translation>发给 %1 的传真未发出，不收费。</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="274" />
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="281" />
        <source>Choose a fax in the list first.</source>
        <translation>请先在列表中选择一份传真。</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="297" />
        <source>Nothing is owed for this fax.</source>
        <translation>此传真无需收费。</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="300" />
        <source>This fax is already on the open bill.</source>
        <translation>此传真已在当前账单上。</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="315" />
        <source>Noted on fax %1: the report shows it was sent, so it is not charged again.</source>
        <translation>已在传真 %1 上登记：发送报告显示成功，不重复收费。</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../firststart.py" line="153" />
        <source>Welcome — set up this business centre</source>
        <translation>欢迎 — 设置本商务中心</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="155" />
        <source>Hotel name (Chinese)</source>
        <translation>酒店名称（中文）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="155" />
        <source>Hotel name (English)</source>
        <translation>酒店名称（英文）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="156" />
        <location filename="../firststart.py" line="209" />
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="156" />
        <location filename="../firststart.py" line="210" />
        <source>Tax (%)</source>
        <translation>税率（%）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="156" />
        <location filename="../firststart.py" line="211" />
        <source>Service charge (%)</source>
        <translation>服务费（%）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="157" />
        <location filename="../firststart.py" line="212" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="157" />
        <source>Staff code</source>
        <translation>员工编号</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="157" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="158" />
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN（4 到 12 位数字）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="158" />
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="159" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="160" />
        <source>This counter's code</source>
        <translation>本柜台编号</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="160" />
        <source>Counter name (Chinese)</source>
        <translation>柜台名称（中文）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="161" />
        <source>Counter name (English)</source>
        <translation>柜台名称（英文）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="161" />
        <location filename="../firststart.py" line="215" />
        <source>Receipt printer</source>
        <translation>收据打印机</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="162" />
        <source>Printer address</source>
        <translation>打印机地址</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="166" />
        <source>No printer yet</source>
        <translation>暂不设置打印机</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="166" />
        <source>Network (host:port)</source>
        <translation>网络（主机:端口）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="167" />
        <source>USB (vendor:product)</source>
        <translation>USB（厂商:产品）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="167" />
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="168" />
        <source>File or device</source>
        <translation>文件或设备</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="171" />
        <source>e.g. 海景大酒店</source>
        <translation>例如：海景大酒店</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="172" />
        <source>e.g. Harbour View Hotel</source>
        <translation>例如：Harbour View Hotel</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="173" />
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="174" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="175" />
        <source>Save and start</source>
        <translation>保存并开始</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="181" />
        <source>Step {n} of {total}</source>
        <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="183" />
        <source>The hotel's name is printed on every receipt; tax and service charge apply to every sale.</source>
        <translation>酒店名称印在每张收据上；税和服务费适用于每笔交易。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="184" />
        <source>The first supervisor signs in after this, adds the clerks and changes settings later.</source>
        <translation>完成后由第一位领班登录，之后添加收银员并修改设置。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="185" />
        <source>Each PC is one counter; its code is kept on this PC. The printer can be set up later.</source>
        <translation>每台电脑是一个柜台，柜台编号保存在本机；打印机可以稍后设置。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="186" />
        <source>Check what will be saved, then save. Nothing is written before this.</source>
        <translation>请核对将要保存的内容后再保存；在此之前不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="194" />
        <source>Receipts can be shown on screen until a printer is set up.</source>
        <translation>设置打印机之前，收据可在屏幕上显示。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="195" />
        <source>An Ethernet receipt printer, e.g. 192.168.1.50:9100.</source>
        <translation>网口收据打印机，例如 192.168.1.50:9100。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="196" />
        <source>The USB ids printed on the printer's self-test slip, e.g. 04b8:0202.</source>
        <translation>打印机自检单上的 USB 编号，例如 04b8:0202。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="197" />
        <source>e.g. COM3 on Windows, /dev/ttyUSB0 on Linux.</source>
        <translation>例如 Windows 上的 COM3，Linux 上的 /dev/ttyUSB0。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="198" />
        <source>A device or file to write to, e.g. /dev/usb/lp0.</source>
        <translation>写入的设备或文件，例如 /dev/usb/lp0。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="208" />
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="213" />
        <source>First supervisor</source>
        <translation>第一位领班</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="214" />
        <source>This counter</source>
        <translation>本柜台</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="216" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="242" />
        <source>Enter the hotel's name in Chinese and in English.</source>
        <translation>请填写酒店的中文和英文名称。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="245" />
        <source>Enter the supervisor's staff code and name.</source>
        <translation>请填写领班的员工编号和姓名。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="248" />
        <source>A PIN must be 4 to 12 digits.</source>
        <translation>PIN 须为 4 到 12 位数字。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="250" />
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="253" />
        <source>Enter this counter's code.</source>
        <translation>请填写本柜台编号。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="255" />
        <source>Enter the printer's address, or choose no printer yet.</source>
        <translation>请填写打印机地址，或选择暂不设置打印机。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="304" />
        <source>Saved. Sign in as {code} with the PIN you chose.</source>
        <translation>已保存。请用 {code} 和您设定的 PIN 登录。</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../logs/travel_forms.py" line="170" />
        <source>Follow-up with the guest</source>
        <translation>回访客人</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="171" />
        <source>Rating (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="171" />
        <source>Guest's words</source>
        <translation>客人意见</translation>
    </message>
</context>
<context>
    <name>GuestPanel</name>
    <message>
        <location filename="../profiles/panel.py" line="40" />
        <source>Profile…</source>
        <translation>档案…</translation>
    </message>
    <message>
        <location filename="../profiles/panel.py" line="41" />
        <source>Hide the guest</source>
        <translation>隐藏客人信息</translation>
    </message>
    <message>
        <location filename="../profiles/panel.py" line="63" />
        <source>No profile yet: Profile… keeps how the guest likes to be served.</source>
        <translation>尚无档案：点“档案…”记录客人喜欢的服务方式。</translation>
    </message>
    <message>
        <location filename="../profiles/panel.py" line="77" />
        <source>Prefers: %1</source>
        <translation>偏好：%1</translation>
    </message>
    <message>
        <location filename="../profiles/panel.py" line="79" />
        <source>Dietary: %1</source>
        <translation>饮食：%1</translation>
    </message>
</context>
<context>
    <name>GuestPicker</name>
    <message>
        <location filename="../profiles/picker.py" line="23" />
        <location filename="../profiles/picker.py" line="48" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../profiles/picker.py" line="23" />
        <source>Room number</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../profiles/picker.py" line="42" />
        <source>No guest is in house in that room.</source>
        <translation>该房间没有在店客人。</translation>
    </message>
    <message>
        <location filename="../profiles/picker.py" line="48" />
        <source>Which guest?</source>
        <translation>哪一位客人？</translation>
    </message>
</context>
<context>
    <name>GuestsPage</name>
    <message>
        <location filename="../backoffice/guests.py" line="90" />
        <source>Encoding: automatic</source>
        <translation>编码：自动识别</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="97" />
        <source>The guest file's encoding, when it cannot be told from the file</source>
        <translation>无法从文件本身识别时，指定客人名单文件的编码</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="98" />
        <source>Complaints and feedback</source>
        <translation>投诉与意见</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="99" />
        <source>VIPs in house and events (this week and next)</source>
        <translation>在店 VIP 与活动（本周及下周）</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="100" />
        <source>Open complaints only</source>
        <translation>只看未处理投诉</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="101" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="101" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="101" />
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="107" />
        <source>Guest name</source>
        <translation>客人姓名</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="108" />
        <location filename="../backoffice/guests.py" line="125" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="109" />
        <source>What the guest said</source>
        <translation>客人反映的内容</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="110" />
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="111" />
        <source>What was done</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="112" />
        <location filename="../backoffice/guests.py" line="128" />
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="113" />
        <source>Resolve</source>
        <translation>处理完毕</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="114" />
        <source>Add follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="115" />
        <location filename="../backoffice/guests.py" line="131" />
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="116" />
        <location filename="../backoffice/guests.py" line="131" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="117" />
        <source>Add event</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="118" />
        <source>Remove event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="119" />
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="120" />
        <source>Import in-house guests…</source>
        <translation>导入在店客人…</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="121" />
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="121" />
        <source>resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="123" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="124" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="124" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="125" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="126" />
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="126" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="127" />
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="127" />
        <source>Resolved by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="130" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="130" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="149" />
        <source>VIP guests in house: %1</source>
        <translation>在店 VIP：%1</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="157" />
        <source>Recorded.</source>
        <translation>已记录。</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="162" />
        <source>Choose an entry first.</source>
        <translation>请先选择一条记录。</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="173" />
        <source>Resolved.</source>
        <translation>已处理。</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="188" />
        <source>Event added.</source>
        <translation>已添加活动。</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="198" />
        <source>Import events</source>
        <translation>导入活动</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="203" />
        <source>%1 event(s) imported.</source>
        <translation>已导入 %1 项活动。</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="208" />
        <source>Import in-house guests</source>
        <translation>导入在店客人</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="213" />
        <source>Guests imported: %1 new, %2 updated.</source>
        <translation>已导入客人：新增 %1，更新 %2。</translation>
    </message>
</context>
<context>
    <name>InternetDialog</name>
    <message>
        <location filename="../calls/internet.py" line="89" />
        <source>Internet session</source>
        <translation>上网登记</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="90" />
        <source>In-house guest</source>
        <translation>住店客人</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="91" />
        <source>Walk-in guest</source>
        <translation>非住店客人</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="92" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="93" />
        <source>Guests in house</source>
        <translation>在店客人</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="94" />
        <source>Guest name</source>
        <translation>客人姓名</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="95" />
        <source>Start session</source>
        <translation>开始上网</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="96" />
        <source>Give the guest this login slip.</source>
        <translation>请将此上网登录单交给客人。</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="97" />
        <source>Print slip</source>
        <translation>打印登录单</translation>
    </message>
    <message>
        <source>Give the guest this login slip (printing comes with the receipt printer).</source>
        <translation type="vanished">请将此上网登录单交给客人（接通收据打印机后可打印）。</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="98" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="105" />
        <source>Rate: %1</source>
        <translation>收费标准：%1</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="125" />
        <source>No guest is in house in that room.</source>
        <translation>该房间没有在店客人。</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="143" />
        <source>Login slip printed.</source>
        <translation>登录单已打印。</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="145" />
        <source>Not printed: %1 — the job waits in the print queue.</source>
        <translation>未打印：%1——任务在打印队列中等待。</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="155" />
        <source>Internet session %1 started for %2.</source>
        <translation>已为 %2 开始上网，账号 %1。</translation>
    </message>
</context>
<context>
    <name>InternetHandoverBox</name>
    <message>
        <location filename="../calls/handover.py" line="33" />
        <source>Internet sessions and calls handed over to the next shift</source>
        <translation>移交下一班的上网和电话记录</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="34" />
        <source>Add them to the handover note</source>
        <translation>写入交班内容</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="45" />
        <source>Internet</source>
        <translation>上网</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="45" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="48" />
        <source>open since %1</source>
        <translation>%1 起上网中</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="48" />
        <source>stopped, not yet billed (since %1)</source>
        <translation>已结束，尚未收费（%1 开始）</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="49" />
        <source>RUNNING OVER %1 H — ask the guest</source>
        <translation>已超过 %1 小时，请询问客人</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="54" />
        <source>timer running since %1</source>
        <translation>%1 起计时中</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="55" />
        <source>ended, not yet billed</source>
        <translation>已结束，尚未收费</translation>
    </message>
</context>
<context>
    <name>InternetPanel</name>
    <message>
        <location filename="../calls/internet_panel.py" line="23" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="23" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="23" />
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="23" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="23" />
        <source>Time used</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="23" />
        <source>Charge so far</source>
        <translation>当前费用</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="23" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="25" />
        <source>running</source>
        <translation>上网中</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="25" />
        <source>to bill</source>
        <translation>待收费</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="26" />
        <source>running over %1 h — ask the guest</source>
        <translation>已超过 %1 小时，请询问客人</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="148" />
        <source>Internet (%1)</source>
        <translation>上网 (%1)</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="151" />
        <source>Search account, room or name</source>
        <translation>搜索账号、房号或姓名</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="152" />
        <source>Stop and bill</source>
        <translation>结束并收费</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="153" />
        <location filename="../calls/internet_panel.py" line="206" />
        <source>Login slip</source>
        <translation>登录单</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="179" />
        <location filename="../calls/internet_panel.py" line="199" />
        <source>Choose a session first.</source>
        <translation>请先选择一个上网记录。</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="183" />
        <source>Session %1 is already on the bill.</source>
        <translation>上网账号 %1 已在账单上。</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="192" />
        <source>Session %1 stopped after %2; its charge is on the bill.</source>
        <translation>上网账号 %1 已结束（用时 %2），费用已加入账单。</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../keyboard.py" line="93" />
        <source>Key: %1</source>
        <extracomment>keys that move about or are held with another: not an action, a message stays one key per tab, in order: the top row of digits with Ctrl, then again with Ctrl+Shift (22 tabs) a tab set inside a tab's page (the back office's report parts): its window's Ctrl keys are taken</extracomment>
        <translation>快捷键：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="74" />
        <source>This installation is incomplete: %1 could not be loaded (%2). Nothing can be sold; call IT to reinstall.</source>
        <translation>本程序安装不完整：无法加载 %1（%2）。现在无法收银，请联系 IT 重新安装。</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="132" />
        <source>Business Centre · 商务中心</source>
        <translation>商务中心 · Business Centre</translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <location filename="../logs/panel.py" line="28" />
        <source>Messages (%1)</source>
        <translation>留言 (%1)</translation>
    </message>
    <message>
        <location filename="../logs/panel.py" line="31" />
        <source>Take a message… (F9)</source>
        <translation>记录留言… (F9)</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <location filename="../logs/messages.py" line="59" />
        <source>Phone message</source>
        <translation>电话留言</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="59" />
        <source>Visitor's message</source>
        <translation>访客留言</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="65" />
        <source>Take a message</source>
        <translation>记录留言</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="66" />
        <source>Waiting for the guest</source>
        <translation>待送交客人的留言</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="67" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="67" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="67" />
        <source>For (guest)</source>
        <translation>留给（客人）</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="68" />
        <source>Caller</source>
        <translation>留言人</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="68" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="68" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="69" />
        <source>Message</source>
        <translation>留言内容</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="71" />
        <source>Caller's or visitor's name</source>
        <translation>来电人或访客姓名</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="72" />
        <source>As the caller gives it</source>
        <translation>按来电人所说填写</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="73" />
        <source>Please call back</source>
        <translation>请回电</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="74" />
        <source>Take message and print slip</source>
        <translation>记录留言并打印留言条</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="89" />
        <source>In house: %1</source>
        <translation>在店客人：%1</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="90" />
        <source>Nobody in house in this room</source>
        <translation>此房间没有在店客人</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="118" />
        <source>Message %1 for room %2 taken.</source>
        <translation>已记录 %2 房的留言 %1。</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="120" />
        <source>Slip printed.</source>
        <translation>留言条已打印。</translation>
    </message>
    <message>
        <location filename="../logs/messages.py" line="123" />
        <source>The slip was not printed.</source>
        <translation>留言条未打印。</translation>
    </message>
</context>
<context>
    <name>MovementForm</name>
    <message>
        <location filename="../logs/travel_forms.py" line="93" />
        <source>Arrival or departure</source>
        <translation>接机或送机</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="93" />
        <source>Room (empty: booked ahead)</source>
        <translation>房号（预订客人不填）</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="94" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="94" />
        <source>Guest's phone</source>
        <translation>客人电话</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="95" />
        <source>Airline, flight, from, to</source>
        <translation>航空公司、航班号、出发、到达</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="96" />
        <source>Flight date and time (airport's clock)</source>
        <translation>航班日期和时间（机场当地时间）</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="97" />
        <source>Car type, plate, driver</source>
        <translation>车型、车牌、司机</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="97" />
        <source>Pick-up (hotel time)</source>
        <translation>接车时间（酒店时间）</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="98" />
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="98" />
        <source>Other assistance</source>
        <translation>其他协助</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="99" />
        <source>Bags</source>
        <translation>行李件数</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="100" />
        <source>Book a travel movement</source>
        <translation>预订接送</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="105" />
        <source>Car type</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="106" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="107" />
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="108" />
        <source>known</source>
        <translation>已定</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="109" />
        <source>Meet and greet</source>
        <translation>迎送服务</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="109" />
        <source>Fast track</source>
        <translation>快速通道</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="110" />
        <source>Lounge</source>
        <translation>贵宾室</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="110" />
        <source>Wheelchair</source>
        <translation>轮椅</translation>
    </message>
</context>
<context>
    <name>NewBookingBox</name>
    <message>
        <location filename="../errands/bookingform.py" line="34" />
        <source>Room or item</source>
        <translation>会议室或设备</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="34" />
        <source>Rate</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="35" />
        <source>From</source>
        <translation>出发</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="35" />
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="36" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="36" />
        <source>Guest's room (in house)</source>
        <translation>客人房号（在店）</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="37" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="37" />
        <source>Company (visitor)</source>
        <translation>公司（访客）</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="38" />
        <source>Telephone (visitor)</source>
        <translation>电话（访客）</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="38" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="68" />
        <source>New booking</source>
        <translation>新预订</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="71" />
        <source>empty for a visitor</source>
        <translation>访客留空</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="72" />
        <source>Book</source>
        <translation>预订</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="96" />
        <source>per started hour</source>
        <translation>每小时（不足一小时按一小时）</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="96" />
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="97" />
        <source>%1 owned</source>
        <translation>共 %1 件</translation>
    </message>
</context>
<context>
    <name>NewOrderForm</name>
    <message>
        <location filename="../tickets/form.py" line="19" />
        <source>Name on request form</source>
        <translation>订票单姓名</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="20" />
        <source>Name on ID</source>
        <translation>证件姓名</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="20" />
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="21" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="22" />
        <source>ID expiry (YYYY-MM-DD)</source>
        <translation>证件有效期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="23" />
        <source>Airline</source>
        <translation>航空公司</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="23" />
        <source>Flight no.</source>
        <translation>航班号</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="24" />
        <source>From (IATA)</source>
        <translation>出发（三字代码）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="25" />
        <source>To (IATA)</source>
        <translation>到达（三字代码）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="26" />
        <source>Departs (local) YYYY-MM-DD HH:MM</source>
        <translation>起飞（当地时间）YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="27" />
        <source>Cabin</source>
        <translation>舱位</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="28" />
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="29" />
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="30" />
        <source>Room (in house)</source>
        <translation>房号（在店客人）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="31" />
        <source>Guest pays by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="32" />
        <source>Ticketing agency</source>
        <translation>出票代理</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="33" />
        <source>Fare quoted by the agency</source>
        <translation>代理报价（票价）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="34" />
        <source>Taxes</source>
        <translation>税费</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="35" />
        <source>Special requests (route, aircraft, meals, seats)</source>
        <translation>特殊要求（航线、机型、餐食、座位）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="135" />
        <source>Passengers (names exactly as on the ID)</source>
        <translation>旅客（姓名须与证件完全一致）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="136" />
        <source>Flights</source>
        <translation>航段</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="137" />
        <source>Add passenger</source>
        <translation>添加旅客</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="138" />
        <source>Add flight</source>
        <translation>添加航段</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="139" />
        <source>Save enquiry</source>
        <translation>保存询价</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="144" />
        <source>Cash (paid before issue)</source>
        <translation>现金（出票前付款）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="145" />
        <source>Card (charged when the ticket arrives)</source>
        <translation>信用卡（机票送达后刷卡）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="146" />
        <source>Room charge (paid before issue)</source>
        <translation>挂房帐（出票前）</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <location filename="../noticeack.py" line="59" />
        <source>Notices from your supervisor</source>
        <translation>领班通知</translation>
    </message>
    <message>
        <location filename="../noticeack.py" line="60" />
        <source>Read each notice and tick that you have read it before you go to the counter.</source>
        <translation>请阅读每条通知并勾选“我已阅读”，然后再进入柜台。</translation>
    </message>
    <message>
        <location filename="../noticeack.py" line="62" />
        <source>Meeting contents</source>
        <translation>会议内容</translation>
    </message>
    <message>
        <location filename="../noticeack.py" line="62" />
        <source>New procedure</source>
        <translation>新规程</translation>
    </message>
    <message>
        <location filename="../noticeack.py" line="62" />
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../noticeack.py" line="68" />
        <source>I have read this</source>
        <translation>我已阅读</translation>
    </message>
    <message>
        <location filename="../noticeack.py" line="69" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../noticeack.py" line="70" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../backoffice/notices.py" line="74" />
        <location filename="../backoffice/notices.py" line="96" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="74" />
        <source>Title (Chinese)</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="74" />
        <source>Text (Chinese)</source>
        <translation>中文内容</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="75" />
        <source>Title (English)</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="75" />
        <source>Text (English)</source>
        <translation>英文内容</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="76" />
        <source>Who must read it</source>
        <translation>须阅读人员</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="78" />
        <source>Meeting contents</source>
        <translation>会议内容</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="78" />
        <source>New procedure</source>
        <translation>新规程</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="78" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="84" />
        <location filename="../backoffice/notices.py" line="97" />
        <source>All clerks</source>
        <translation>全体文员</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="85" />
        <location filename="../backoffice/notices.py" line="97" />
        <source>Chosen staff</source>
        <translation>指定员工</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="86" />
        <source>Post notice</source>
        <translation>发布通知</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="87" />
        <source>Withdraw the selected notice</source>
        <translation>撤回所选通知</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="88" />
        <source>New notice (one language is enough)</source>
        <translation>新通知（填写一种语言即可）</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="89" />
        <source>Notices and who has read them</source>
        <translation>通知及阅读情况</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="95" />
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="95" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="97" />
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="98" />
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="99" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="99" />
        <source>withdrawn %1</source>
        <translation>已于 %1 撤回</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="100" />
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="102" />
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="103" />
        <source>Read at</source>
        <translation>阅读时间</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="103" />
        <source>not read yet</source>
        <translation>尚未阅读</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="149" />
        <source>Not read yet: %1</source>
        <translation>尚未阅读：%1</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="149" />
        <source>Everyone has read it.</source>
        <translation>全部人员均已阅读。</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="162" />
        <source>Notice posted: each reader acknowledges it at sign-in.</source>
        <translation>通知已发布：相关人员登录时须确认阅读。</translation>
    </message>
    <message>
        <location filename="../backoffice/notices.py" line="176" />
        <source>Notice withdrawn: nobody is asked to read it any more.</source>
        <translation>通知已撤回：不再要求任何人阅读。</translation>
    </message>
</context>
<context>
    <name>OrderSteps</name>
    <message>
        <location filename="../tickets/steps.py" line="171" />
        <source>Reserve (PNR)</source>
        <translation>订座（PNR）</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="171" />
        <source>Put on the bill</source>
        <translation>加入账单</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="172" />
        <source>Ticket arrived</source>
        <translation>机票已送达</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="172" />
        <source>Issue</source>
        <translation>出票</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="172" />
        <source>Hand over</source>
        <translation>交给客人</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="173" />
        <source>Change / rebook</source>
        <translation>改签</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="173" />
        <location filename="../tickets/steps.py" line="179" />
        <source>Refund…</source>
        <translation>退票…</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="173" />
        <location filename="../tickets/steps.py" line="179" />
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="174" />
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="174" />
        <source>Guest told</source>
        <translation>已通知客人</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="175" />
        <source>Print itinerary (PDF)</source>
        <translation>打印行程单（PDF）</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="175" />
        <source>Itinerary on the receipt printer</source>
        <translation>小票打印行程单</translation>
    </message>
    <message>
        <source>Booking and payment</source>
        <translation type="vanished">订座与付款</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="vanished">机票</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="230" />
        <source>Endorsement / rebooking: the new flight</source>
        <translation>签转 / 改签：新航班</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="231" />
        <source>Flight delay or cancellation</source>
        <translation>航班延误或取消</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="231" />
        <source>Tell the guest</source>
        <translation>通知客人</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="232" />
        <source>Cancel or refund</source>
        <translation>取消或退票</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="185" />
        <source>PNR from the agency</source>
        <translation>代理的订座编号（PNR）</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="178" />
        <source>Change / rebook…</source>
        <translation>改签…</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="178" />
        <source>Flight delay or cancellation…</source>
        <translation>航班延误或取消…</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="179" />
        <source>Guest told…</source>
        <translation>已通知客人…</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="182" />
        <source>More…</source>
        <translation>更多…</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="184" />
        <source>Back to the step</source>
        <translation>返回当前步骤</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="185" />
        <source>Fare</source>
        <translation>票价</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="185" />
        <source>Taxes</source>
        <translation>税费</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="186" />
        <source>Ticket numbers</source>
        <translation>票号</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="186" />
        <source>Handed over how</source>
        <translation>交付方式</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="187" />
        <source>From (IATA)</source>
        <translation>出发（三字代码）</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="188" />
        <source>To (IATA)</source>
        <translation>到达（三字代码）</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="188" />
        <source>Departs (local)</source>
        <translation>起飞（当地时间）</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="188" />
        <source>Cabin</source>
        <translation>舱位</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="189" />
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="189" />
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="190" />
        <source>New time</source>
        <translation>新时间</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="191" />
        <source>Told how</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="194" />
        <source>Ticket numbers, one per passenger, separated by commas</source>
        <translation>票号，每位旅客一个，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="195" />
        <source>Checked names, flights and dates</source>
        <translation>已核对姓名、航班和日期</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="226" />
        <source>Next: reserve with the agency</source>
        <translation>下一步：向代理订座</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="226" />
        <source>Next: wait for the ticket</source>
        <translation>下一步：等待机票送达</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="227" />
        <source>Next: take the payment</source>
        <translation>下一步：收款</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="227" />
        <source>Next: issue the ticket</source>
        <translation>下一步：出票</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="228" />
        <source>Next: hand the ticket over</source>
        <translation>下一步：交票给客人</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="228" />
        <source>Handed over</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="234" />
        <source>the booking (service fee and fare)</source>
        <translation>订票（服务费和票款）</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="234" />
        <source>the change</source>
        <translation>改签</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="235" />
        <source>the refund fee</source>
        <translation>退票费</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="236" />
        <source>Due now: %1. Put it on the bill; the order moves on once it is paid.</source>
        <translation>现在应收：%1。请加入账单；付款后订单进入下一步。</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="187" />
        <source>Airline</source>
        <translation>航空公司</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="187" />
        <source>Flight no.</source>
        <translation>航班号</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="vanished">出发</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="vanished">到达</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="196" />
        <source>YYYY-MM-DD HH:MM local</source>
        <translation>YYYY-MM-DD HH:MM 当地时间</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="189" />
        <source>Fare difference</source>
        <translation>差价</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="197" />
        <source>No change fee (airline cancelled)</source>
        <translation>免收改签费（航班取消）</translation>
    </message>
    <message>
        <source>New time YYYY-MM-DD HH:MM</source>
        <translation type="vanished">新时间 YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="190" />
        <source>Airline's notice</source>
        <translation>航空公司通知</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="191" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="198" />
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="199" />
        <source>A card order is charged when the agency's ticket arrives: press "Ticket arrived" when it does.</source>
        <translation>刷卡订单在代理的机票送达时扣款：机票送达后请按“机票已送达”。</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="201" />
        <source>Handed over. A change, a refund or a flight delay: More…</source>
        <translation>已交给客人。改签、退票或航班延误：请用“更多…”。</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="202" />
        <source>This order is closed; its timeline keeps every step.</source>
        <translation>此订单已结束；时间线保留了每一步。</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="203" />
        <source>Tell the guest about the delay or cancellation, then record how.</source>
        <translation>把延误或取消告诉客人，然后记录通知方式。</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="204" />
        <source>At the counter</source>
        <translation>柜台交付</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="204" />
        <source>By bellboy</source>
        <translation>行李员送达</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="205" />
        <source>To the room</source>
        <translation>送到房间</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="205" />
        <source>Agency courier</source>
        <translation>代理送票</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="209" />
        <source>Delay</source>
        <translation>延误</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="209" />
        <source>Cancellation</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="210" />
        <source>Phoned</source>
        <translation>已电话通知</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="210" />
        <source>Message left</source>
        <translation>已留言</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="211" />
        <source>Told in person</source>
        <translation>当面告知</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="211" />
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="212" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../pay.py" line="47" />
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../pay.py" line="78" />
        <source>Tendered</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../pay.py" line="78" />
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../pay.py" line="137" />
        <source>Card: last four digits</source>
        <translation>卡号后四位</translation>
    </message>
    <message>
        <location filename="../pay.py" line="137" />
        <source>Approval code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../pay.py" line="146" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../pay.py" line="146" />
        <source>Guests in house</source>
        <translation>在店客人</translation>
    </message>
    <message>
        <location filename="../pay.py" line="147" />
        <source>Guest name (as the guest says it)</source>
        <translation>客人姓名（请客人报姓名）</translation>
    </message>
    <message>
        <location filename="../pay.py" line="162" />
        <source>Scan the payment code (or the terminal's reference)</source>
        <translation>扫描付款码（或输入终端交易单号）</translation>
    </message>
    <message>
        <location filename="../pay.py" line="163" />
        <source>Wallet</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../pay.py" line="172" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../pay.py" line="172" />
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <location filename="../pay.py" line="81" />
        <source>Add as part of a split (F8)</source>
        <translation>作为分单付款的一部分 (F8)</translation>
    </message>
    <message>
        <location filename="../pay.py" line="84" />
        <source>Pay (F12)</source>
        <translation>收款 (F12)</translation>
    </message>
    <message>
        <location filename="../pay.py" line="90" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../pay.py" line="101" />
        <source>Cash F5</source>
        <translation>现金 F5</translation>
    </message>
    <message>
        <location filename="../pay.py" line="101" />
        <source>Card F6</source>
        <translation>刷卡 F6</translation>
    </message>
    <message>
        <location filename="../pay.py" line="102" />
        <source>Room charge F7</source>
        <translation>挂房帐 F7</translation>
    </message>
    <message>
        <location filename="../pay.py" line="102" />
        <source>WeChat/Alipay F9</source>
        <translation>微信/支付宝 F9</translation>
    </message>
    <message>
        <location filename="../pay.py" line="103" />
        <source>Company account F11</source>
        <translation>单位挂账 F11</translation>
    </message>
    <message>
        <location filename="../pay.py" line="196" />
        <source>Due: %1</source>
        <translation>应收：%1</translation>
    </message>
    <message>
        <location filename="../pay.py" line="199" />
        <source>In cash: %1 (rounding %2)</source>
        <translation>现金应收：%1（抹零 %2）</translation>
    </message>
    <message>
        <location filename="../pay.py" line="227" />
        <source>No guest is in house in that room.</source>
        <translation>该房间没有在店客人。</translation>
    </message>
    <message>
        <location filename="../pay.py" line="241" />
        <source>Enter an amount greater than zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <location filename="../pay.py" line="260" />
        <source>A wallet payment is taken last: add the other parts first, then press Pay.</source>
        <translation>扫码支付须最后收取：请先添加其他部分，再按“收款”。</translation>
    </message>
    <message>
        <location filename="../pay.py" line="263" />
        <source>This part covers the rest: press Pay.</source>
        <translation>此笔已付清余额，请直接按收款。</translation>
    </message>
    <message>
        <location filename="../pay.py" line="284" />
        <source>Waiting for the hotel's PMS…</source>
        <translation>正在等待酒店系统确认…</translation>
    </message>
    <message>
        <location filename="../pay.py" line="305" />
        <source>No company account is open.</source>
        <translation>没有可挂账的单位。</translation>
    </message>
    <message>
        <location filename="../pay.py" line="318" />
        <source>Credit left: %1</source>
        <translation>可用额度：%1</translation>
    </message>
    <message>
        <location filename="../pay.py" line="337" />
        <location filename="../pay.py" line="338" />
        <source>Waiting for the wallet's answer…</source>
        <translation>正在等待支付结果…</translation>
    </message>
    <message>
        <location filename="../pay.py" line="350" />
        <source>Paid by %1, reference %2</source>
        <translation>已由%1付款，交易号 %2</translation>
    </message>
</context>
<context>
    <name>PhoneCallDialog</name>
    <message>
        <location filename="../calls/phone.py" line="112" />
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="113" />
        <source>Number dialled</source>
        <translation>拨打号码</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="114" />
        <source>e.g. 6512 3456, 021 6321 1234, +852 2123 4567</source>
        <translation>例如 6512 3456、021 6321 1234、+852 2123 4567</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="115" />
        <source>Call meter reading</source>
        <translation>按计费器读数</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="116" />
        <source>Timer at the counter</source>
        <translation>柜台计时</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="117" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="118" />
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="119" />
        <source>Add to bill</source>
        <translation>加入账单</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="120" />
        <source>Start call</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="121" />
        <source>Stop and bill</source>
        <translation>结束并收费</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="122" />
        <source>No answer (free)</source>
        <translation>无人接听（不收费）</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="123" />
        <source>Calls at this counter not yet billed</source>
        <translation>本柜台尚未收费的通话</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="124" />
        <source>Bill the selected call</source>
        <translation>为所选通话收费</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="125" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="150" />
        <source>%1 per minute</source>
        <translation>每分钟 %1</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="151" />
        <source>Every started minute is charged; %1 a minute with service charge and tax.</source>
        <translation>不足一分钟按一分钟计；含服务费及税每分钟 %1。</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="220" />
        <source>Call cancelled; nothing charged.</source>
        <translation>通话已取消，不收费。</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="254" />
        <source>Call to %1: %2 on the bill.</source>
        <translation>致 %1 的通话（%2）已加入账单。</translation>
    </message>
</context>
<context>
    <name>PmsIndicator</name>
    <message>
        <location filename="../pmsstatus.py" line="45" />
        <source>PMS: %1 pending</source>
        <translation>酒店系统：%1 笔待确认</translation>
    </message>
    <message>
        <location filename="../pmsstatus.py" line="47" />
        <source>link down</source>
        <translation>联机中断</translation>
    </message>
</context>
<context>
    <name>PriceListPage</name>
    <message>
        <location filename="../backoffice/prices.py" line="75" />
        <source>Rates in effect — type a new rate to change it</source>
        <translation>现行价格 — 输入新价格即可修改</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="76" />
        <source>History of the price list</source>
        <translation>价目表历史</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="77" />
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="77" />
        <source>Rate</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="77" />
        <source>Current</source>
        <translation>现价</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="78" />
        <source>New rate</source>
        <translation>新价格</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="79" />
        <location filename="../backoffice/prices.py" line="84" />
        <source>Effective from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="80" />
        <location filename="../backoffice/prices.py" line="86" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="81" />
        <source>Publish new rates</source>
        <translation>发布新价格</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="82" />
        <source>Print price list…</source>
        <translation>打印价目表…</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="84" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="85" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="85" />
        <source>In effect</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="145" />
        <source>New rates published.</source>
        <translation>新价格已发布。</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="154" />
        <source>First version.</source>
        <translation>第一个版本。</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="160" />
        <source>No rate changed.</source>
        <translation>没有价格变化。</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="163" />
        <source>Business Centre Price List · 商务中心收费标准</source>
        <translation>商务中心收费标准 · Business Centre Price List</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="178" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="186" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>PrintQueuePanel</name>
    <message>
        <location filename="../printing/queue.py" line="77" />
        <source>Print queue (%1)</source>
        <translation>打印队列 (%1)</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="80" />
        <source>Search receipt number, slip or error</source>
        <translation>搜索收据号、单据或错误</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="81" />
        <source>Show printed</source>
        <translation>显示已打印</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="82" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="83" />
        <source>Reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="84" />
        <source>Retry all</source>
        <translation>全部重试</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="85" />
        <source>Print X slip</source>
        <translation>打印 X 报表</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="86" />
        <source>Printer settings…</source>
        <translation>打印机设置…</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="87" />
        <source>Other slips</source>
        <translation>其他单据</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="89" />
        <source>Internet login slip…</source>
        <translation>上网登录单…</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="90" />
        <source>Fax-arrived notice…</source>
        <translation>传真到达通知…</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="91" />
        <source>Z slip of the last closed shift</source>
        <translation>上一个已结班次的 Z 报表</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="92" />
        <source>Reports (PDF)</source>
        <translation>报表 (PDF)</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="94" />
        <source>Shift handover report</source>
        <translation>交接班报告</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="94" />
        <source>Daily revenue report</source>
        <translation>营业日报</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="95" />
        <source>Weekly summary</source>
        <translation>周报</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="95" />
        <source>Yearly summary</source>
        <translation>年报</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="96" />
        <source>Price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="98" />
        <source>Folio statement of a room…</source>
        <translation>房间房帐明细…</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="99" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="99" />
        <source>Queued</source>
        <translation>排队时间</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="99" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="99" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="100" />
        <source>Tries</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="100" />
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="100" />
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="101" />
        <source>waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="101" />
        <source>printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="101" />
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="102" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="156" />
        <source>Printed: %1</source>
        <translation>已打印：%1</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="158" />
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="180" />
        <source>%1 printed, %2 still waiting: %3</source>
        <translation>已打印 %1 张，仍有 %2 张等待：%3</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="183" />
        <source>%1 printed.</source>
        <translation>已打印 %1 张。</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="199" />
        <source>Internet login slip</source>
        <translation>上网登录单</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="199" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="208" />
        <source>Fax-arrived notice</source>
        <translation>传真到达通知</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="208" />
        <source>Fax reference (FAX-…)</source>
        <translation>传真编号（FAX-…）</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="215" />
        <source>A fax reference looks like FAX-12.</source>
        <translation>传真编号的格式如 FAX-12。</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="225" />
        <location filename="../printing/queue.py" line="233" />
        <source>Save report as PDF</source>
        <translation>将报表保存为 PDF</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="230" />
        <source>Folio statement</source>
        <translation>房帐明细</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="230" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="244" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="255" />
        <source>Open a shift first.</source>
        <translation>请先开班。</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <location filename="../printing/settings.py" line="23" />
        <source>Receipt printer — counter %1</source>
        <translation>小票打印机——柜台 %1</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="26" />
        <source>Network (host:port)</source>
        <translation>网络（主机:端口）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="26" />
        <source>USB (vendor:product)</source>
        <translation>USB（厂商:产品）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="27" />
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="27" />
        <source>File or device</source>
        <translation>文件或设备</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="32" />
        <source>80 mm (48 columns)</source>
        <translation>80 毫米（每行 48 字符）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="33" />
        <source>58 mm (32 columns)</source>
        <translation>58 毫米（每行 32 字符）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="35" />
        <source>GB18030 text (simplified Chinese firmware)</source>
        <translation>GB18030 文本（简体中文字库打印机）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="36" />
        <source>Big5 text (traditional Chinese firmware)</source>
        <translation>Big5 文本（繁体中文字库打印机）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="37" />
        <source>Plain ASCII (English only)</source>
        <translation>纯 ASCII（仅英文）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="38" />
        <source>Image (any printer, slower)</source>
        <translation>图像（任何打印机，较慢）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="41" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="46" />
        <source>Open the cash drawer on cash payments</source>
        <translation>现金付款时打开钱箱</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="48" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="49" />
        <source>Ask the printer for paper before printing (printers that answer)</source>
        <translation>打印前询问打印机是否有纸（需打印机支持状态回复）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="51" />
        <source>Print receipts automatically after Pay</source>
        <translation>收款后自动打印收据</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="54" />
        <source>Connection</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="55" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="56" />
        <source>Paper</source>
        <translation>纸宽</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="57" />
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="58" />
        <source>Logo (optional)</source>
        <translation>标志（可选）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="59" />
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="67" />
        <source>Test print</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="102" />
        <source>Logo image</source>
        <translation>标志图片</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="102" />
        <source>Images (*.png *.bmp *.jpg)</source>
        <translation>图片 (*.png *.bmp *.jpg)</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="140" />
        <source>Test slip sent to %1.</source>
        <translation>测试页已发送到 %1。</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="142" />
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../profiles/dialog.py" line="121" />
        <location filename="../profiles/dialog.py" line="193" />
        <source>Guest profile %1</source>
        <translation>客人档案 %1</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="122" />
        <source>Chinese name, title</source>
        <translation>中文姓名、称谓</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="122" />
        <source>English title, name</source>
        <translation>英文称谓、姓名</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="123" />
        <source>Language, VIP level</source>
        <translation>语言、贵宾级别</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="123" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="124" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="126" />
        <source>e.g. 米勒</source>
        <translation>例如 米勒</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="127" />
        <source>e.g. 先生</source>
        <translation>例如 先生</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="128" />
        <source>e.g. Mr</source>
        <translation>例如 Mr</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="129" />
        <source>e.g. Hans Müller</source>
        <translation>例如 Hans Müller</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="130" />
        <source>Type to replace (kept sealed)</source>
        <translation>输入以替换（加密保存）</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="131" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="134" />
        <source>Preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="134" />
        <source>Dietary</source>
        <translation>饮食</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="136" />
        <source>e.g. prints double-sided; no pork</source>
        <translation>例如：双面打印；不吃猪肉</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="137" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="138" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="139" />
        <source>Show whole</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="140" />
        <source>A profile of the same name:</source>
        <translation>同名客人档案：</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="141" />
        <source>Link to this stay</source>
        <translation>关联到本次入住</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="145" />
        <source>How to address the guest</source>
        <translation>如何称呼客人</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="146" />
        <source>Preferences and dietary notes</source>
        <translation>偏好与饮食要求</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="147" />
        <source>Services used here</source>
        <translation>在本中心使用的服务</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="148" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="149" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="150" />
        <source>Erase profile…</source>
        <translation>删除档案…</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="152" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="153" />
        <source>Added</source>
        <translation>添加人/时间</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="154" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="157" />
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="157" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="158" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="159" />
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="225" />
        <source>Profile saved.</source>
        <translation>档案已保存。</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="229" />
        <source>Save the profile first.</source>
        <translation>请先保存档案。</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="239" />
        <source>Choose the preference to remove.</source>
        <translation>请选择要删除的偏好。</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="248" />
        <source>Preference added.</source>
        <translation>偏好已添加。</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="269" />
        <source>Erase profile</source>
        <translation>删除档案</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="270" />
        <source>The guest's profile, preferences and ID number are erased; the sales stay. Reason:</source>
        <translation>将删除客人的档案、偏好和证件号；销售记录保留。原因：</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../backoffice/profiles.py" line="43" />
        <source>Name, company or room</source>
        <translation>姓名、公司或房号</translation>
    </message>
    <message>
        <location filename="../backoffice/profiles.py" line="44" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../backoffice/profiles.py" line="45" />
        <source>Open profile…</source>
        <translation>打开档案…</translation>
    </message>
    <message>
        <location filename="../backoffice/profiles.py" line="46" />
        <source>Profiles of guests not seen for the ID numbers' retention period are erased automatically; ID numbers show masked unless you ask to see one whole (logged).</source>
        <translation>客人超过证件号保留期未到访，其档案自动删除；证件号以掩码显示，查看完整号码会记入日志。</translation>
    </message>
    <message>
        <location filename="../backoffice/profiles.py" line="49" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../backoffice/profiles.py" line="49" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../backoffice/profiles.py" line="50" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../backoffice/profiles.py" line="50" />
        <source>VIP level</source>
        <translation>贵宾级别</translation>
    </message>
    <message>
        <location filename="../backoffice/profiles.py" line="51" />
        <source>Last stay or visit</source>
        <translation>最近入住或到访</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../receiptview.py" line="46" />
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="55" />
        <location filename="../receiptview.py" line="133" />
        <location filename="../receiptview.py" line="136" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="58" />
        <source>Reprint (COPY)</source>
        <translation>重印 (COPY)</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="61" />
        <source>Fapiao…</source>
        <translation>发票…</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="94" />
        <source>Fapiao requested (request %1); the finance office issues it.</source>
        <translation>已申请发票（申请号 %1），由财务开具。</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="102" />
        <location filename="../receiptview.py" line="113" />
        <location filename="../receiptview.py" line="118" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="131" />
        <source>No receipt printer is set up for this counter (see Printer settings in the print queue tab).</source>
        <translation>本柜台未设置小票打印机（请在“打印队列”页的打印机设置中设置）。</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="135" />
        <source>Printed.</source>
        <translation>已打印。</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="138" />
        <source>Not printed — the job waits in the print queue: %1</source>
        <translation>未打印——任务在打印队列中等待：%1</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="140" />
        <source>Retry print</source>
        <translation>重试打印</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../refund.py" line="30" />
        <source>Refund receipt %1</source>
        <translation>退款：收据 %1</translation>
    </message>
    <message>
        <location filename="../refund.py" line="32" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../refund.py" line="32" />
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <location filename="../refund.py" line="32" />
        <source>Left</source>
        <translation>可退</translation>
    </message>
    <message>
        <location filename="../refund.py" line="33" />
        <source>Give back</source>
        <translation>退回数量</translation>
    </message>
    <message>
        <location filename="../refund.py" line="33" />
        <source>Amount left</source>
        <translation>可退金额</translation>
    </message>
    <message>
        <location filename="../refund.py" line="44" />
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../refund.py" line="54" />
        <source>This line can only be given back whole.</source>
        <translation>此项只能整项退款。</translation>
    </message>
    <message>
        <location filename="../refund.py" line="66" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../refund.py" line="66" />
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <location filename="../refund.py" line="66" />
        <source>Room-charge correction</source>
        <translation>冲减房账</translation>
    </message>
    <message>
        <location filename="../refund.py" line="67" />
        <source>Back to the QR wallet</source>
        <translation>退回扫码支付原渠道</translation>
    </message>
    <message>
        <location filename="../refund.py" line="95" />
        <source>Pay back by</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <location filename="../refund.py" line="96" />
        <source>Card (last four digits)</source>
        <translation>银行卡（后四位）</translation>
    </message>
    <message>
        <location filename="../refund.py" line="98" />
        <source>To pay back</source>
        <translation>应退金额</translation>
    </message>
    <message>
        <location filename="../refund.py" line="100" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../refund.py" line="101" />
        <source>Supervisor code</source>
        <translation>领班编号</translation>
    </message>
    <message>
        <location filename="../refund.py" line="102" />
        <source>PIN</source>
        <translation>PIN 密码</translation>
    </message>
    <message>
        <location filename="../refund.py" line="104" />
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../refund.py" line="107" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../refund.py" line="115" />
        <source>Refunded before on receipt %1</source>
        <translation>已退款收据：%1</translation>
    </message>
    <message>
        <location filename="../refund.py" line="176" />
        <source>Items %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <location filename="../refund.py" line="177" />
        <source>Service %1</source>
        <translation>服务费 %1</translation>
    </message>
    <message>
        <location filename="../refund.py" line="178" />
        <source>Tax %1</source>
        <translation>税 %1</translation>
    </message>
    <message>
        <location filename="../refund.py" line="180" />
        <source>Rounding %1</source>
        <translation>抹零 %1</translation>
    </message>
    <message>
        <location filename="../refund.py" line="193" />
        <source>Tick the lines to give back.</source>
        <translation>请勾选要退款的项目。</translation>
    </message>
    <message>
        <location filename="../refund.py" line="196" />
        <source>Enter a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../refund.py" line="200" />
        <source>Enter the supervisor's code and PIN.</source>
        <translation>请输入领班编号和 PIN。</translation>
    </message>
</context>
<context>
    <name>RentalPanel</name>
    <message>
        <location filename="../errands/panels.py" line="24" />
        <source>Booking</source>
        <translation>预订号</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="24" />
        <source>Room or item</source>
        <translation>会议室或设备</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="25" />
        <source>Who</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="25" />
        <source>From</source>
        <translation>出发</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="26" />
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="26" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="27" />
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../backoffice/reports.py" line="75" />
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="75" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="75" />
        <location filename="../backoffice/reports.py" line="78" />
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="75" />
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="76" />
        <location filename="../backoffice/reports.py" line="106" />
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="76" />
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="78" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="78" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="78" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="79" />
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="82" />
        <location filename="../backoffice/reports.py" line="118" />
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="83" />
        <source>All payments</source>
        <translation>全部付款方式</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="83" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="83" />
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="84" />
        <source>Room charge</source>
        <translation>挂房帐</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="84" />
        <source>QR wallet (all)</source>
        <translation>扫码支付（全部）</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="85" />
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="85" />
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="86" />
        <source>UnionPay QR</source>
        <translation>银联二维码</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="88" />
        <location filename="../backoffice/reports.py" line="90" />
        <location filename="../backoffice/reports.py" line="119" />
        <source>All clerks</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="91" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="92" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="93" />
        <source>Exceptions CSV…</source>
        <translation>异常 CSV…</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="94" />
        <source>PDF / print…</source>
        <translation>PDF / 打印…</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="95" />
        <location filename="../backoffice/reports.py" line="169" />
        <source>By service</source>
        <translation>按服务项目</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="95" />
        <location filename="../backoffice/reports.py" line="169" />
        <source>By payment</source>
        <translation>按付款方式</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="95" />
        <location filename="../backoffice/reports.py" line="170" />
        <source>By clerk</source>
        <translation>按员工</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="95" />
        <location filename="../backoffice/reports.py" line="170" />
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="96" />
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="100" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="100" />
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="101" />
        <location filename="../backoffice/reports.py" line="107" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="105" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="105" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="106" />
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="107" />
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="108" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="108" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="146" />
        <source>%1: sales %2 · voids %3 · refunds %4 · total %5</source>
        <translation>%1：销售 %2 笔 · 作废 %3 · 退款 %4 · 合计 %5</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="157" />
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="163" />
        <location filename="../backoffice/reports.py" line="200" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="186" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
</context>
<context>
    <name>RoomsTodayPanel</name>
    <message>
        <location filename="../errands/panels.py" line="173" />
        <source>Hand over</source>
        <translation>交给客人</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="176" />
        <source>Rooms today (%1)</source>
        <translation>今日会议室 (%1)</translation>
    </message>
    <message>
        <source>Meeting rooms today (%1)</source>
        <translation type="vanished">今日会议室 (%1)</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="184" />
        <source>Choose a booked room first.</source>
        <translation>请先选择一个已预订的会议室。</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../backoffice/roster.py" line="59" />
        <source>Add turn</source>
        <translation>添加班次</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="60" />
        <source>Remove selected turn</source>
        <translation>删除所选班次</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="61" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="63" />
        <location filename="../backoffice/roster.py" line="65" />
        <source>Any counter</source>
        <translation>任一柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="73" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="73" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="73" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="73" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="73" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="73" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="74" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="78" />
        <source>Week of %1</source>
        <translation>%1 起的一周</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="131" />
        <source>Turn added.</source>
        <translation>已添加班次。</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="137" />
        <source>Choose a cell with a turn first.</source>
        <translation>请先选择有班次的格子。</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../backoffice/simple_services.py" line="66" />
        <source>Services of the price list — add, rename, regroup or retire</source>
        <translation>价目表中的服务 — 新增、改名、调整分组或停用</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="67" />
        <source>Service to edit</source>
        <translation>要修改的服务</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="67" />
        <source>Service code</source>
        <translation>服务代码</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="67" />
        <source>Name (Chinese, English)</source>
        <translation>名称（中文、英文）</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="68" />
        <source>Unit (code, Chinese, English)</source>
        <translation>单位（代码、中文、英文）</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="68" />
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="68" />
        <source>Rate (no choices)</source>
        <translation>单价（无选项时）</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="69" />
        <source>Tile group</source>
        <translation>按钮分组</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="69" />
        <source>Order in the group</source>
        <translation>组内顺序</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="72" />
        <source>Option code</source>
        <translation>选项代码</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="72" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="72" />
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="73" />
        <source>Rate per unit</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="74" />
        <source>Add option</source>
        <translation>添加选项</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="75" />
        <source>Remove option</source>
        <translation>删除选项</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="76" />
        <source>Service charge applies</source>
        <translation>收取服务费</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="77" />
        <source>Tax applies</source>
        <translation>收税</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="78" />
        <source>Retired (no longer sold)</source>
        <translation>停用（不再销售）</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="79" />
        <source>Publish this service</source>
        <translation>发布此服务</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="86" />
        <source>New service…</source>
        <translation>新服务…</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="88" />
        <source> (retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../backoffice/simple_services.py" line="163" />
        <source>Service published in a new price-list version.</source>
        <translation>服务已发布为新的价目表版本。</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../sell/form.py" line="47" />
        <source>Add to bill (Enter)</source>
        <translation>加入账单 (Enter)</translation>
    </message>
    <message>
        <location filename="../sell/form.py" line="158" />
        <source>Please confirm: %1</source>
        <translation>请确认：%1</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="29" />
        <location filename="../sell/specs.py" line="42" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="30" />
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="31" />
        <source>Paper size</source>
        <translation>纸张尺寸</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="32" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="32" />
        <source>Black and white</source>
        <translation>黑白</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="33" />
        <source>Two-sided</source>
        <translation>双面</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="34" />
        <source>The original is unclear (faint, creased, handwritten)</source>
        <translation>原件不清晰（字迹淡、有折痕或手写）</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="35" />
        <source>Guest told the original is unclear</source>
        <translation>已告知客人原件不清晰</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="51" />
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="52" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Number (international: 00 or +)</source>
        <translation type="vanished">号码（国际请加 00 或 +）</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="39" />
        <source>Test copy shown and approved</source>
        <translation>已请客人确认样张</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="41" />
        <source>Proof checked with the guest</source>
        <translation>已与客人校对</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="42" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="43" />
        <source>Proof checked against the original</source>
        <translation>已对照原稿校对</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="44" />
        <source>Send to (e-mail or medium)</source>
        <translation>发送至（邮箱或存储介质）</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="45" />
        <source>Page count confirmed with the guest</source>
        <translation>已与客人确认页数</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="vanished">收件人</translation>
    </message>
    <message>
        <source>Number and recipient read back to the guest</source>
        <translation type="vanished">已向客人复述号码和收件人</translation>
    </message>
    <message>
        <source>Legible and complete</source>
        <translation type="vanished">字迹清楚、页数齐全</translation>
    </message>
    <message>
        <source>Call length in seconds (from the meter)</source>
        <translation type="vanished">通话时长（秒，以计费器为准）</translation>
    </message>
    <message>
        <source>Minutes used</source>
        <translation type="vanished">使用分钟数</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="vanished">目的地</translation>
    </message>
    <message>
        <source>Weight in grams</source>
        <translation type="vanished">重量（克）</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="vanished">快递公司</translation>
    </message>
    <message>
        <source>Waybill number</source>
        <translation type="vanished">运单号</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="47" />
        <source>Binding</source>
        <translation>装订方式</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="47" />
        <source>Items</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="48" />
        <source>Words</source>
        <translation>字数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="48" />
        <source>Languages</source>
        <translation>语种</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="49" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="vanished">房号</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="vanished">小时</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="vanished">设备</translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="vanished">天数</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="vanished">件数</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="vanished">机票</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="vanished">张数</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../backoffice/settings.py" line="45" />
        <source>Save setting</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../backoffice/settings.py" line="46" />
        <source>New value (a number, text, true/false, or JSON for a list)</source>
        <translation>新值（数字、文字、true/false，列表用 JSON）</translation>
    </message>
    <message>
        <location filename="../backoffice/settings.py" line="48" />
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location filename="../backoffice/settings.py" line="49" />
        <source>Key (config set)</source>
        <translation>键名（config set）</translation>
    </message>
    <message>
        <location filename="../backoffice/settings.py" line="50" />
        <source>Value in use</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../backoffice/settings.py" line="51" />
        <source>Allowed</source>
        <translation>允许范围</translation>
    </message>
    <message>
        <location filename="../backoffice/settings.py" line="52" />
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../backoffice/settings.py" line="79" />
        <source>Choose a setting first.</source>
        <translation>请先选择一个设置项。</translation>
    </message>
    <message>
        <location filename="../backoffice/settings.py" line="82" />
        <source>Setting saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>ShiftClosePage</name>
    <message>
        <location filename="../shiftclose.py" line="79" />
        <source>Close shift — count the cash in the drawer</source>
        <translation>交班 — 清点钱箱现金</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="80" />
        <source>Count by denomination (the expected figure is shown after)</source>
        <translation>按面额清点（清点后才显示应有金额）</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="81" />
        <source>Submit count</source>
        <translation>提交清点</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="82" />
        <source>Recount with a supervisor</source>
        <translation>领班授权复点</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="83" />
        <source>Handover note for the next shift</source>
        <translation>给下一班的交班内容</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="84" />
        <source>Close shift and sign out</source>
        <translation>交班并退出</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="85" />
        <source>Back to the counter</source>
        <translation>返回柜台</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="129" />
        <source>Fax rack to hand over: %1</source>
        <translation>交接传真储架：%1 份</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="130" />
        <source>The fax rack is empty.</source>
        <translation>传真储架为空。</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="135" />
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="140" />
        <source>Equipment out: %1 · deposits held: %2</source>
        <translation>外借设备：%1 · 押金在押：%2</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="157" />
        <source>Approve a recount of the drawer</source>
        <translation>授权复点钱箱现金</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="171" />
        <source>Expected %1 · Counted %2 · Variance %3</source>
        <translation>应有 %1 · 实点 %2 · 差异 %3</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="175" />
        <source>Recount (approved)</source>
        <translation>复点（已授权）</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="180" />
        <source>The variance is over the limit: a supervisor must approve it.</source>
        <translation>差异超出限额，须领班授权。</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="187" />
        <source>Submit the count first.</source>
        <translation>请先提交清点。</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="190" />
        <source>Approve the cash variance</source>
        <translation>授权现金差异</translation>
    </message>
</context>
<context>
    <name>ShiftStartPage</name>
    <message>
        <location filename="../shiftstart.py" line="61" />
        <source>Open your shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="62" />
        <source>Handover from the previous shift</source>
        <translation>上一班交班内容</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="63" />
        <source>Equipment check: untick a device that is faulty and say what is wrong</source>
        <translation>设备检查：有故障的设备请取消勾选并说明故障</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="64" />
        <source>I have read the handover and will act on it</source>
        <translation>我已阅读交班内容并会跟进</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="65" />
        <source>Cash float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="66" />
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="67" />
        <source>Sign out</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="91" />
        <source>fault: what is wrong</source>
        <translation>故障：说明问题</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="93" />
        <source>%1 (open fault)</source>
        <translation>%1（故障未处理）</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="113" />
        <source>Enter the cash float, e.g. 500.00</source>
        <translation>请输入备用金，例如 500.00</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="118" />
        <source>Tick that you have read the handover first.</source>
        <translation>请先勾选已阅读交班内容。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../signin.py" line="60" />
        <source>Business Centre — sign in</source>
        <translation>商务中心 — 登录</translation>
    </message>
    <message>
        <location filename="../signin.py" line="61" />
        <source>Staff code</source>
        <translation>员工编号</translation>
    </message>
    <message>
        <location filename="../signin.py" line="62" />
        <source>PIN</source>
        <translation>PIN 密码</translation>
    </message>
    <message>
        <location filename="../signin.py" line="63" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../signin.py" line="64" />
        <source>Sign in (Enter)</source>
        <translation>登录 (Enter)</translation>
    </message>
    <message>
        <location filename="../signin.py" line="79" />
        <source>Enter your staff code and PIN.</source>
        <translation>请输入员工编号和 PIN。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../backoffice/staff.py" line="83" />
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="84" />
        <source>Counters, printers and devices</source>
        <translation>柜台、打印机和设备</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="85" />
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="85" />
        <source>Supervisor</source>
        <translation>领班</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="85" />
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="92" />
        <location filename="../backoffice/staff.py" line="107" />
        <location filename="../backoffice/staff.py" line="113" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="93" />
        <location filename="../backoffice/staff.py" line="107" />
        <location filename="../backoffice/staff.py" line="114" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="94" />
        <source>PIN (4–12 digits)</source>
        <translation>PIN（4–12 位数字）</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="95" />
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="96" />
        <source>Add staff</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="97" />
        <source>Deactivate / reactivate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="98" />
        <source>Set role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="99" />
        <source>Reset PIN</source>
        <translation>重设 PIN</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="100" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="101" />
        <source>Counter code</source>
        <translation>柜台编号</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="102" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="103" />
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="104" />
        <source>Add counter</source>
        <translation>添加柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="105" />
        <source>Printer settings…</source>
        <translation>打印机设置…</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="108" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="109" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="110" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="110" />
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="110" />
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="111" />
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="115" />
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="116" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="130" />
        <source>Choose a staff member first.</source>
        <translation>请先选择一位员工。</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="139" />
        <source>Staff member added.</source>
        <translation>已添加员工。</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="159" />
        <source>PIN reset for %1.</source>
        <translation>已为 %1 重设 PIN。</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="166" />
        <source>%1 unlocked.</source>
        <translation>%1 已解锁。</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="172" />
        <source>Counter added.</source>
        <translation>已添加柜台。</translation>
    </message>
</context>
<context>
    <name>StaffWeekPage</name>
    <message>
        <location filename="../backoffice/staffweek.py" line="41" />
        <source>Week of</source>
        <translation>所在周</translation>
    </message>
    <message>
        <location filename="../backoffice/staffweek.py" line="42" />
        <source>PDF / print…</source>
        <translation>PDF / 打印…</translation>
    </message>
    <message>
        <source>A sign-in is late when the shift opens after the rostered start less the minutes early the procedure asks for (setting punctual_minutes_early). A turn that is over with no shift opened for it is absent.</source>
        <translation type="vanished">开班时间晚于排班开始时间减去规程要求的提前到岗分钟（设置 punctual_minutes_early）即为迟到。排班已结束而未开班即为缺勤。</translation>
    </message>
    <message>
        <location filename="../backoffice/staffweek.py" line="43" />
        <source>A sign-in is late when the shift opens after the rostered start less the minutes early the procedure asks for (Settings: Minutes early at the counter). A turn that is over with no shift opened for it is absent.</source>
        <translation>开班时间晚于排班开始时间减去规程要求的提前到岗分钟（设置：提前到岗（分钟））即为迟到。排班已结束而未开班即为缺勤。</translation>
    </message>
    <message>
        <location filename="../backoffice/staffweek.py" line="47" />
        <source>Clerk</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../backoffice/staffweek.py" line="47" />
        <source>Turns rostered</source>
        <translation>排班次数</translation>
    </message>
    <message>
        <location filename="../backoffice/staffweek.py" line="48" />
        <source>Turns worked</source>
        <translation>出勤次数</translation>
    </message>
    <message>
        <location filename="../backoffice/staffweek.py" line="48" />
        <source>Late</source>
        <translation>迟到次数</translation>
    </message>
    <message>
        <location filename="../backoffice/staffweek.py" line="49" />
        <source>Minutes late</source>
        <translation>迟到分钟</translation>
    </message>
    <message>
        <location filename="../backoffice/staffweek.py" line="49" />
        <source>Absent</source>
        <translation>缺勤次数</translation>
    </message>
    <message>
        <location filename="../backoffice/staffweek.py" line="50" />
        <source>Opened without a turn</source>
        <translation>无排班开班</translation>
    </message>
    <message>
        <location filename="../backoffice/staffweek.py" line="67" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../backoffice/staffweek.py" line="77" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>SuppliesPage</name>
    <message>
        <location filename="../backoffice/supplies.py" line="72" />
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="73" />
        <source>Weekly requisition</source>
        <translation>每周申领</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="74" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="75" />
        <source>Record use</source>
        <translation>登记领用</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="76" />
        <source>Receive</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="77" />
        <source>Stock-take: set to counted</source>
        <translation>盘点：按实点数设定</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="78" />
        <location filename="../backoffice/supplies.py" line="88" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="78" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="79" />
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="79" />
        <location filename="../backoffice/supplies.py" line="89" />
        <location filename="../backoffice/supplies.py" line="94" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="81" />
        <source>Reorder at </source>
        <translation>再订货点 </translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="82" />
        <source>Order </source>
        <translation>订货 </translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="83" />
        <source>Add item</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="84" />
        <source>Make this week's requisition</source>
        <translation>生成本周申领单</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="85" />
        <source>Print requisition…</source>
        <translation>打印申领单…</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="88" />
        <location filename="../backoffice/supplies.py" line="92" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="88" />
        <location filename="../backoffice/supplies.py" line="93" />
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="89" />
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="90" />
        <source>Used in 7 days</source>
        <translation>7 天用量</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="90" />
        <source>Low</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="93" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="102" />
        <source>Choose an item first.</source>
        <translation>请先选择一项物品。</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="108" />
        <source>Recorded.</source>
        <translation>已记录。</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="116" />
        <source>Item added.</source>
        <translation>已添加物品。</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="124" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="135" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>SuppliesTab</name>
    <message>
        <location filename="../logs/supplies.py" line="41" />
        <source>Record supplies used</source>
        <translation>登记物品领用</translation>
    </message>
    <message>
        <location filename="../logs/supplies.py" line="42" />
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../logs/supplies.py" line="43" />
        <location filename="../logs/supplies.py" line="48" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../logs/supplies.py" line="43" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../logs/supplies.py" line="43" />
        <source>What for</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../logs/supplies.py" line="45" />
        <source>e.g. the copier in the meeting room</source>
        <translation>例如：会议室复印机</translation>
    </message>
    <message>
        <location filename="../logs/supplies.py" line="46" />
        <source>Record use</source>
        <translation>登记领用</translation>
    </message>
    <message>
        <location filename="../logs/supplies.py" line="48" />
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../logs/supplies.py" line="49" />
        <source>Used in 7 days</source>
        <translation>7 天用量</translation>
    </message>
    <message>
        <location filename="../logs/supplies.py" line="50" />
        <source>Reorder</source>
        <translation>补货</translation>
    </message>
    <message>
        <location filename="../logs/supplies.py" line="50" />
        <source>low</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <location filename="../logs/supplies.py" line="73" />
        <source>No supplies are set up yet; the supervisor adds them in the back office.</source>
        <translation>尚未设置物品；请领班在后台添加。</translation>
    </message>
    <message>
        <location filename="../logs/supplies.py" line="79" />
        <source>Recorded: %1 × %2.</source>
        <translation>已登记：%1 × %2。</translation>
    </message>
</context>
<context>
    <name>TicketOrdersDialog</name>
    <message>
        <location filename="../tickets/orders.py" line="29" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="30" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="31" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="32" />
        <source>Passengers</source>
        <translation>旅客</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="33" />
        <source>Route</source>
        <translation>航线</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="34" />
        <source>First departure</source>
        <translation>首段起飞</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="35" />
        <source>PNR</source>
        <translation>订座编号</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="138" />
        <source>Air tickets</source>
        <translation>票务</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="139" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="140" />
        <source>New order</source>
        <translation>新订单</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="142" />
        <source>Search order no., name, PNR, room or phone</source>
        <translation>搜索订单号、姓名、PNR、房号或电话</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="143" />
        <source>Open orders only</source>
        <translation>只看未完成订单</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="145" />
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="146" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="148" />
        <source>Choose an order in the list, or take a new one under "New order".</source>
        <translation>请在列表中选择订单，或在“新订单”中新建。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="190" />
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="190" />
        <source>card, when the ticket arrives</source>
        <translation>信用卡（机票送达后刷卡）</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="190" />
        <source>room charge</source>
        <translation>挂房帐</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="191" />
        <source>ticket</source>
        <translation>票号</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="191" />
        <source>Agency</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="191" />
        <source>pays by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="192" />
        <source>Fare</source>
        <translation>票价</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="192" />
        <source>taxes</source>
        <translation>税费</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="192" />
        <source>collected</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="193" />
        <source>due now</source>
        <translation>待收</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="193" />
        <source>room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="193" />
        <source>pending</source>
        <translation>待生效</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="203" />
        <source>booking</source>
        <translation>订票款</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="203" />
        <source>change</source>
        <translation>改签款</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="203" />
        <source>refund fee</source>
        <translation>退票费</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="218" />
        <source>guest told %1 by %2</source>
        <translation>已于 %1 通过 %2 通知客人</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="219" />
        <source>guest NOT yet told</source>
        <translation>尚未通知客人</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="244" />
        <source>Enquiry %1 saved; reserve it with the agency's PNR.</source>
        <translation>询价 %1 已保存；请用代理的订座编号（PNR）订座。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="254" />
        <source>%1 reserved; take the payment before the ticket is issued.</source>
        <translation>%1 已订座，请在出票前收款。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="258" />
        <source>%1: ticket arrived; now charge the card.</source>
        <translation>%1：机票已送达，现在可以刷卡。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="263" />
        <source>%1 issued; tell the guest the ticket is ready.</source>
        <translation>%1 已出票，请通知客人取票。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="270" />
        <source>%1 handed over; remind the guest of the departure time.</source>
        <translation>%1 已交给客人，请提醒客人起飞时间。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="281" />
        <source>%1: change recorded; it takes effect once its bill is paid.</source>
        <translation>%1：改签已登记，付款后生效。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="293" />
        <source>%1: recorded; tell the guest now.</source>
        <translation>%1：已登记，请立即通知客人。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="299" />
        <source>%1: the guest was told.</source>
        <translation>%1：已通知客人。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="309" />
        <source>%1: the service fee and the fare are on the bill.</source>
        <translation>%1：服务费和票款已加入账单。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="314" />
        <source>Cancel %1 and give the money back</source>
        <translation>取消 %1 并退还款项</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="317" />
        <source>%1 cancelled.</source>
        <translation>%1 已取消。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="320" />
        <source>Refund %1: the money goes back by the original means</source>
        <translation>退票 %1：款项按原付款方式退回</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="335" />
        <source>%1 cancelled; the money went back by the original means.</source>
        <translation>%1 已取消，款项已按原付款方式退回。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="339" />
        <source>%1 refunded; the money went back by the original means.</source>
        <translation>%1 已退票，款项已按原付款方式退回。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="350" />
        <source>Save itinerary</source>
        <translation>保存行程单</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="357" />
        <source>Itinerary saved: %1</source>
        <translation>行程单已保存：%1</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="366" />
        <source>Itinerary printed.</source>
        <translation>行程单已打印。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="368" />
        <source>Not printed: %1 — the job waits in the print queue.</source>
        <translation>未打印：%1——任务在打印队列中等待。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="375" />
        <source>Cannot read the date or time '%1': use YYYY-MM-DD or YYYY-MM-DD HH:MM.</source>
        <translation>无法识别日期或时间“%1”：请按 YYYY-MM-DD 或 YYYY-MM-DD HH:MM 填写。</translation>
    </message>
</context>
<context>
    <name>TicketRemindersPanel</name>
    <message>
        <location filename="../tickets/panel.py" line="22" />
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="23" />
        <source>Departs (local)</source>
        <translation>起飞（当地时间）</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="24" />
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="25" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="26" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="27" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="28" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="29" />
        <source>Route</source>
        <translation>航线</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="30" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="57" />
        <source>Air tickets (%1)</source>
        <translation>票务 (%1)</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="60" />
        <source>Search order, guest, room or flight</source>
        <translation>搜索订单、客人、房号或航班</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="61" />
        <source>Open order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="79" />
        <source>Departs within 24 h: remind the guest</source>
        <translation>24 小时内起飞：提醒客人</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="80" />
        <source>Ticket to hand over</source>
        <translation>待交付机票</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="96" />
        <source>Choose a reminder first.</source>
        <translation>请先选择一条提醒。</translation>
    </message>
</context>
<context>
    <name>TicketTexts</name>
    <message>
        <location filename="../tickets/texts.py" line="13" />
        <source>Enquiry</source>
        <translation>询价</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="13" />
        <source>Reserved</source>
        <translation>已订座</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="13" />
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="13" />
        <location filename="../tickets/texts.py" line="22" />
        <source>Issued</source>
        <translation>已出票</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="14" />
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="14" />
        <source>Changed</source>
        <translation>已改签</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="14" />
        <location filename="../tickets/texts.py" line="23" />
        <source>Refunded</source>
        <translation>已退票</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="14" />
        <location filename="../tickets/texts.py" line="24" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="21" />
        <source>Enquiry taken</source>
        <translation>登记询价</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="21" />
        <source>Reserved with the agency</source>
        <translation>已向代理订座</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="21" />
        <source>Paid in full</source>
        <translation>已全额付款</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="22" />
        <source>Ticket arrived</source>
        <translation>机票已送达</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="22" />
        <source>Handed over</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="23" />
        <source>Change requested</source>
        <translation>申请改签</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="23" />
        <source>Change in effect</source>
        <translation>改签生效</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="24" />
        <source>Refund fee paid</source>
        <translation>退票费已付</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="24" />
        <source>Flight delayed</source>
        <translation>航班延误</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="25" />
        <source>Flight cancelled</source>
        <translation>航班取消</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="25" />
        <source>Guest told</source>
        <translation>已通知客人</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="25" />
        <source>Payment reversed</source>
        <translation>款项已冲回</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="26" />
        <source>Refunded at the counter</source>
        <translation>已在柜台退款</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="26" />
        <source>ID numbers erased</source>
        <translation>证件号码已删除</translation>
    </message>
</context>
<context>
    <name>TravelPage</name>
    <message>
        <location filename="../backoffice/travel.py" line="46" />
        <source>Flights on business days from</source>
        <translation>航班营业日从</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="47" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="48" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="49" />
        <source>Add the travel rates to the price list</source>
        <translation>将接送服务价格加入价目表</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="62" />
        <source>Hotel time</source>
        <translation>酒店时间</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="63" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="64" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="65" />
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="66" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="67" />
        <source>Booked</source>
        <translation>预订</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="68" />
        <source>Confirmed</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="69" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="70" />
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="71" />
        <source>Feedback</source>
        <translation>客人意见</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="72" />
        <source>Calls and flight changes</source>
        <translation>电话与航班变动</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="88" />
        <source>Travel rates added: a new price-list version, in force now.</source>
        <translation>接送服务价格已加入：新价目表版本即时生效。</translation>
    </message>
    <message>
        <location filename="../backoffice/travel.py" line="89" />
        <source>The price list already has the travel rates.</source>
        <translation>价目表中已有接送服务价格。</translation>
    </message>
</context>
<context>
    <name>TravelTab</name>
    <message>
        <location filename="../logs/travel.py" line="49" />
        <source>New movement…</source>
        <translation>新接送…</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="49" />
        <source>Car…</source>
        <translation>用车…</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="50" />
        <source>Log a call…</source>
        <translation>记录电话…</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="51" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="51" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="52" />
        <source>Delay or cancellation…</source>
        <translation>航班延误或取消…</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="52" />
        <source>Follow-up…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="53" />
        <source>Cancel movement…</source>
        <translation>取消接送…</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="53" />
        <source>Put on the bill</source>
        <translation>加入账单</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="54" />
        <source>Print slip for the driver</source>
        <translation>打印接送单</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="57" />
        <source>call to confirm</source>
        <translation>需电话确认</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="57" />
        <source>flight changed</source>
        <translation>航班有变</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="58" />
        <source>car not known</source>
        <translation>车辆未落实</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="60" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="61" />
        <source>Hotel time</source>
        <translation>酒店时间</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="62" />
        <source>Airport time</source>
        <translation>机场时间</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="63" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="64" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="65" />
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="66" />
        <source>Route</source>
        <translation>航线</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="67" />
        <source>Pick-up</source>
        <translation>接车</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="68" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="69" />
        <source>Needs</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="109" />
        <source>scheduled %1</source>
        <translation>原定 %1</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="112" />
        <source>car: %1</source>
        <translation>车辆：%1</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="113" />
        <source>Meet and greet</source>
        <translation>迎送服务</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="113" />
        <source>Fast track</source>
        <translation>快速通道</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="113" />
        <source>Lounge</source>
        <translation>贵宾室</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="114" />
        <source>Wheelchair</source>
        <translation>轮椅</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="118" />
        <source>%1 bags</source>
        <translation>行李 %1 件</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="120" />
        <source>on a receipt: %1</source>
        <translation>已收费：%1</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="133" />
        <source>Choose a movement first.</source>
        <translation>请先选择一条接送记录。</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="142" />
        <source>Movement booked.</source>
        <translation>接送已预订。</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="149" />
        <source>Car recorded.</source>
        <translation>用车已记录。</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="157" />
        <source>Call logged.</source>
        <translation>电话已记录。</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="163" />
        <source>Movement confirmed.</source>
        <translation>接送已确认。</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="168" />
        <source>Movement done.</source>
        <translation>接送已完成。</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="175" />
        <source>Flight change recorded.</source>
        <translation>航班变动已记录。</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="183" />
        <source>Feedback recorded.</source>
        <translation>客人意见已记录。</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="191" />
        <source>Cancel movement</source>
        <translation>取消接送</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="191" />
        <source>Why is it cancelled?</source>
        <translation>取消原因？</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="194" />
        <source>Movement cancelled.</source>
        <translation>接送已取消。</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="200" />
        <source>%1: travel services put on the bill.</source>
        <translation>%1：接送服务已加入账单。</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="212" />
        <source>Movement slip printed.</source>
        <translation>接送单已打印。</translation>
    </message>
    <message>
        <location filename="../logs/travel.py" line="214" />
        <source>The movement slip was not printed.</source>
        <translation>接送单未打印。</translation>
    </message>
</context>
<context>
    <name>UndeliveredList</name>
    <message>
        <location filename="../logs/undelivered.py" line="51" />
        <source>Message light</source>
        <translation>开留言灯</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="51" />
        <source>Phoned the room</source>
        <translation>已电话通知房间</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="52" />
        <source>Note under the door</source>
        <translation>门下留条</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="52" />
        <source>Told in person</source>
        <translation>当面告知</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="53" />
        <source>Delivered by bellboy</source>
        <translation>行李员送交</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="53" />
        <source>Collected by the guest</source>
        <translation>客人自取</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="54" />
        <source>Read to the guest by phone</source>
        <translation>电话转告客人</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="61" />
        <source>Guest told</source>
        <translation>已通知客人</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="62" />
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="63" />
        <source>Print message slip</source>
        <translation>打印留言条</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="64" />
        <source>Cannot deliver…</source>
        <translation>无法送达…</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="66" />
        <source>Taken</source>
        <translation>留言时间</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="66" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="67" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="67" />
        <source>Caller</source>
        <translation>留言人</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="68" />
        <source>Call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="68" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="69" />
        <source>Told</source>
        <translation>已通知</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="70" />
        <source>Message</source>
        <translation>留言内容</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="90" />
        <source>Choose a message first.</source>
        <translation>请先选择一条留言。</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="98" />
        <source>Room %1: guest told.</source>
        <translation>%1 房：已通知客人。</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="105" />
        <source>Room %1: message delivered.</source>
        <translation>%1 房：留言已送交。</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="115" />
        <source>Message slip printed.</source>
        <translation>留言条已打印。</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="117" />
        <source>The slip was not printed.</source>
        <translation>留言条未打印。</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="125" />
        <source>Cannot deliver</source>
        <translation>无法送达</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="126" />
        <source>Why can this message not be delivered?</source>
        <translation>此留言为何无法送达？</translation>
    </message>
    <message>
        <location filename="../logs/undelivered.py" line="131" />
        <source>Message closed.</source>
        <translation>留言已关闭。</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <location filename="../fax/visitor.py" line="42" />
        <source>Fax collected by a visitor</source>
        <translation>访客取传真</translation>
    </message>
    <message>
        <location filename="../fax/visitor.py" line="43" />
        <source>The fax is for: %1 (%2 pages). Check the visitor's ID: the name must be the one on the fax.</source>
        <translation>传真收件人：%1（%2 页）。请核对访客证件：姓名须与传真上的收件人一致。</translation>
    </message>
    <message>
        <location filename="../fax/visitor.py" line="46" />
        <source>Name on the ID</source>
        <translation>证件上的姓名</translation>
    </message>
    <message>
        <location filename="../fax/visitor.py" line="47" />
        <source>Last 4 of the ID number</source>
        <translation>证件号码末四位</translation>
    </message>
    <message>
        <location filename="../fax/visitor.py" line="48" />
        <source>Hand over and bill</source>
        <translation>交件并收费</translation>
    </message>
    <message>
        <location filename="../fax/visitor.py" line="59" />
        <source>Fax handed to %1; the receiving fee is on the bill.</source>
        <translation>传真已交给 %1，收件费已加入账单。</translation>
    </message>
    <message>
        <location filename="../fax/visitor.py" line="60" />
        <source>Fax handed to %1; no fee (illegible or incomplete).</source>
        <translation>传真已交给 %1；不清晰或不完整，不收费。</translation>
    </message>
</context>
<context>
    <name>XReportDialog</name>
    <message>
        <location filename="../xreport.py" line="13" />
        <source>X report — shift %1</source>
        <translation>X 报表 — 班次 %1</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="14" />
        <source>X report</source>
        <translation>X 报表</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="14" />
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="14" />
        <source>Voids</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="14" />
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="15" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="15" />
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="15" />
        <source>Cash expected in the drawer</source>
        <translation>钱箱应有现金</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="19" />
        <source>By service</source>
        <translation>按服务项目</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="19" />
        <source>By payment</source>
        <translation>按付款方式</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="25" />
        <source>Cash rounding</source>
        <translation>抹零</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../logs/travel_forms.py" line="36" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../logs/travel_forms.py" line="37" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>_RentalPanel</name>
    <message>
        <location filename="../errands/panels.py" line="56" />
        <source>Search room, name, company or item</source>
        <translation>搜索房号、姓名、公司或设备</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="57" />
        <source>Return and bill</source>
        <translation>归还并收费</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="119" />
        <source>Choose a booking in use first.</source>
        <translation>请先选择一个使用中的预订。</translation>
    </message>
</context>
</TS>
#!/usr/bin/env python3
"""Drives `biz serve` with real browsers (Debian's chromium + chromium-driver,
selenium): participants type a model, see line values and an error caret,
run a lesson step, reload and keep their work; the teacher view shows two
participants' answers and pushes a model. Prints `ok NAME` per check; any
failure raises (exit 1). Usage: browser.py URL TOKEN [SCREENSHOT_DIR]."""
import shutil, sys, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait, Select

URL, TOKEN = sys.argv[1].rstrip("/"), sys.argv[2]
SHOTS = sys.argv[3] if len(sys.argv) > 3 else None


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1360,1000", "--lang=en-US"]:
        options.add_argument(a)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def ok(name):
    print("ok " + name, flush=True)


def wait(driver, what, timeout=30):
    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(lambda d: what(d))


def text(driver, css):
    return driver.execute_script("const e = document.querySelector(arguments[0]); return e ? e.innerText : null", css)


def join(driver, name):
    driver.get(URL + "/")
    box = wait(driver, lambda d: d.find_element(By.ID, "name") if d.find_element(By.ID, "name").is_displayed() else None)
    wait(driver, lambda d: d.find_element(By.ID, "join-button").text == "Join")
    box.send_keys(name)
    driver.find_element(By.ID, "join-button").click()
    wait(driver, lambda d: d.find_element(By.ID, "editor").is_displayed())
    wait(driver, lambda d: text(d, "#who") == name)


def type_model(driver, source):
    editor = driver.find_element(By.ID, "editor")
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys(Keys.DELETE)
    editor.send_keys(source)
    editor.send_keys(Keys.CONTROL, Keys.ENTER)


def value_rows(driver):
    # Read in one script call: the page repaints the rows on every keystroke.
    return driver.execute_script("return [...document.querySelectorAll('#values > div')].map(e => e.textContent)")


anna, boris = browser(), browser()
try:
    # A participant types a model: values beside the lines, an error with its caret.
    join(anna, "Anna")
    ok("join")
    type_model(anna, "price = 100 RUB\nrevenue = price * 300\nbad = price + 3 months\n")
    wait(anna, lambda d: "revenue = 30,000 RUB" in value_rows(d))
    rows = value_rows(anna)
    assert rows[0] == "price = 100 RUB", rows
    assert rows[2].startswith("✗ cannot add money (RUB) and duration"), rows
    ok("line values")
    diagnostic = wait(anna, lambda d: d.find_element(By.CSS_SELECTOR, "#errors pre").text)
    assert "model.biz:3:7: error: cannot add money (RUB) and duration" in diagnostic, diagnostic
    assert "3 | bad = price + 3 months" in diagnostic and "  |       ^^^^^   --------" in diagnostic, diagnostic
    assert anna.find_element(By.CSS_SELECTOR, "#gutter div:nth-child(3)").get_attribute("class") == "bad"
    assert "price" in anna.find_element(By.CSS_SELECTOR, "#highlight .tok-err").text
    ok("error caret")

    # A lesson step: the task, the run, "Done!", the next step.
    Select(anna.find_element(By.ID, "lesson-select")).select_by_value("en/1-calculator")
    wait(anna, lambda d: text(d, "#step-title") == "A price")
    assert text(anna, "#step-count").startswith("Step 1 of "), text(anna, "#step-count")
    type_model(anna, "price = 1200 RUB\n")
    wait(anna, lambda d: text(d, "#step-status").startswith("Done!"))
    anna.find_element(By.ID, "next").click()
    wait(anna, lambda d: text(d, "#step-title") == "A markup")
    type_model(anna, "price = 1200 RUB\nretail = price + 20%\n")
    wait(anna, lambda d: text(d, "#step-status").startswith("Done!"))
    assert "retail = 1,440 RUB" in value_rows(anna)
    ok("lesson step")
    if SHOTS:
        type_model(anna, "price = 1200 RUB\nretail = price + 20%\nmargin = retail - 3 months\nplot [100, 120, 160, 150, 210]\n")
        wait(anna, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#charts svg")) == 1)
        anna.save_screenshot(SHOTS + "/playground.png")
        type_model(anna, "price = 1200 RUB\nretail = price + 20%\n")
        wait(anna, lambda d: text(d, "#step-status").startswith("Done!"))

    # A reload keeps the model, its values and the lesson step.
    anna.refresh()
    wait(anna, lambda d: "retail = 1,440 RUB" in value_rows(d))
    kept = anna.find_element(By.ID, "editor").get_attribute("value")
    assert kept == "price = 1200 RUB\nretail = price + 20%\n", repr(kept)
    assert text(anna, "#step-title") == "A markup" and text(anna, "#who") == "Anna"
    ok("reload keeps the work")

    # A second participant, in Russian.
    join(boris, "Борис")
    Select(boris.find_element(By.ID, "lang")).select_by_value("ru")
    wait(boris, lambda d: text(d, "#run") == "Выполнить")
    type_model(boris, "price = 150 RUB\nrevenue = price * 200\n")
    wait(boris, lambda d: "revenue = 30 000 ₽" in [r.replace("\u00a0", " ").replace("\u202f", " ") for r in value_rows(d)])
    ok("second participant in Russian")

    # The teacher: both participants' answers for the chosen expressions, and a chart.
    anna.switch_to.new_window("tab")
    anna.get(URL + "/teacher?token=" + TOKEN)
    wait(anna, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#room tbody tr")) == 2)
    probes = anna.find_element(By.ID, "probes")
    probes.clear()
    probes.send_keys("price\nrevenue")
    anna.find_element(By.ID, "apply-probes").click()

    def answers(d):
        rows = d.execute_script("return [...document.querySelectorAll('#room tbody tr')].map(tr => [...tr.cells].map(td => td.innerText))")
        return {cells[0]: cells for cells in rows}
    wait(anna, lambda d: d.execute_script("return [...document.querySelectorAll('#room thead th')].map(h => h.innerText)")[2:4] == ["price", "revenue"])
    wait(anna, lambda d: answers(d).get("Anna", [""] * 4)[2] == "1,200 RUB" and answers(d).get("Борис", [""] * 4)[3].replace("\u00a0", " ").replace("\u202f", " ") == "30 000 ₽")
    table = answers(anna)
    assert table["Anna"][3] == "n/a", table
    assert "A calculator that speaks business" in table["Anna"][1] and "Step 2" in table["Anna"][1], table
    assert len(anna.find_elements(By.CSS_SELECTOR, "#room-chart svg rect")) == 2
    assert "price by participant" in text(anna, "#room-chart")
    ok("teacher sees two participants")
    if SHOTS:
        anna.save_screenshot(SHOTS + "/teacher.png")

    # A push: the teacher's model replaces the participants' and runs.
    push = anna.find_element(By.ID, "push-model")
    push.send_keys("price = 99 RUB\nrevenue = price * 10\n")
    anna.find_element(By.ID, "push-model-button").click()
    wait(anna, lambda d: text(d, "#push-status").startswith("sent"))
    try:
        wait(boris, lambda d: "price = 99 ₽" in value_rows(d))
    except Exception:
        print("boris sees", value_rows(boris), repr(boris.find_element(By.ID, "editor").get_attribute("value")), text(boris, "#notice"))
        raise
    assert boris.find_element(By.ID, "editor").get_attribute("value") == "price = 99 RUB\nrevenue = price * 10\n"
    assert not boris.find_element(By.ID, "notice").get_attribute("hidden")
    ok("teacher push")

    # Without the token, no teacher view.
    boris.get(URL + "/teacher")
    assert "token" in boris.find_element(By.TAG_NAME, "body").text
    boris.get(URL + "/teacher?token=wrong" + TOKEN)
    assert "ключ" in boris.find_element(By.TAG_NAME, "body").text or "token" in boris.find_element(By.TAG_NAME, "body").text
    ok("teacher needs token")
finally:
    anna.quit()
    boris.quit()
